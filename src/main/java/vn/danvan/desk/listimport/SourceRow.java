package vn.danvan.desk.listimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of an imported file as read, before it is understood: its number as the user sees it (the CSV line it
 * starts on, the spreadsheet's row number) and its cells, each a {@link String}, a {@link BigDecimal} (a number cell
 * of a spreadsheet: a count, or a date as Excel stores it) or {@code null} (empty).
 */
record SourceRow(int number, List<Object> cells) {

    SourceRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    Object cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    /** The cell as text: a number without a trailing {@code .0}, nothing as the empty text. */
    String text(int index) {
        Object value = cell(index);
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
    }

    boolean blank() {
        for (int i = 0; i < cells.size(); i++) {
            if (!text(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The text of the first cell that is not empty, or the empty text. */
    String firstText() {
        for (int i = 0; i < cells.size(); i++) {
            if (!text(i).isBlank()) {
                return text(i);
            }
        }
        return "";
    }
}
