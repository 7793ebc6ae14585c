package vn.danvan.desk.dialogue.csv;

import java.util.List;

/** One record of the file with the line it starts on (a quoted cell may run over several lines). */
record CsvRow(int line, List<String> cells) {

    CsvRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
