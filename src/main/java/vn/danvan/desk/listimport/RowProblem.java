package vn.danvan.desk.listimport;

import vn.danvan.desk.common.Problem;

/**
 * Why a row of an imported file cannot be taken: its number as the user sees it in the file (the CSV line, the
 * spreadsheet row), the column's header as the file writes it ({@code null} for the whole row or file) and the reason.
 */
public record RowProblem(int row, String column, Problem problem) {

    static RowProblem of(int row, String column, String messageKey, Object... arguments) {
        return new RowProblem(row, column, new Problem(messageKey, arguments));
    }
}
