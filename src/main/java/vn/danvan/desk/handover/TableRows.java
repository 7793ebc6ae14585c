package vn.danvan.desk.handover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table as they travel: column names and, per row, the values in JSON form (text for ids, dates
 * and instants, numbers, booleans, null).
 */
record TableRows(String table, List<String> columns, List<List<Object>> rows) {

    TableRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The rows as maps from column name to value. */
    List<Map<String, Object>> asMaps() {
        List<Map<String, Object>> maps = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + table + " has " + row.size() + " values");
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                map.put(columns.get(i), row.get(i));
            }
            maps.add(map);
        }
        return maps;
    }
}
