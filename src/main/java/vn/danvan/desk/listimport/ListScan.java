package vn.danvan.desk.listimport;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.danvan.desk.common.ProgressMonitor;

/**
 * One pass over a list file: rows above the header (an exported workbook's title block) are passed over, the header
 * row says where each column is, then every row that is not blank goes to the handler, until the file ends or the
 * totals line of an exported workbook ({@code Tổng cộng: N đơn}) comes, after which nothing is read.
 */
final class ListScan {

    /** Rows searched for the header before the file is refused as having none. */
    static final int HEADER_WITHIN = 50;

    private ListScan() {
    }

    /**
     * Reads {@code file}; returns the header, or {@code null} when none was found (a problem is then added).
     * {@code start} makes the row handler once the header is known.
     */
    static ListHeader scan(Path file, ProgressMonitor monitor, List<RowProblem> problems,
                           Function<ListHeader, Consumer<SourceRow>> start) {
        ListFileReader reader = ListFileReader.of(file);
        ListHeader[] header = {null};
        @SuppressWarnings("unchecked")
        Consumer<SourceRow>[] handler = new Consumer[1];
        int[] seen = {0};
        reader.read(file, row -> {
            if (row.blank()) {
                return true;
            }
            if (header[0] == null) {
                if (ListHeader.looksLikeHeader(row)) {
                    header[0] = ListHeader.of(row, problems);
                    handler[0] = start.apply(header[0]);
                    return true;
                }
                return ++seen[0] < HEADER_WITHIN;
            }
            if (totals(row)) {
                return false;
            }
            handler[0].accept(row);
            return true;
        }, monitor);
        if (header[0] == null) {
            problems.add(RowProblem.of(1, null, "listimport.problem.noHeader"));
        }
        return header[0];
    }

    /** The exported workbook's totals line, "Tổng cộng: …" (or "Total: …"). */
    private static boolean totals(SourceRow row) {
        String first = ListValues.key(row.firstText());
        return first.startsWith("tong cong") || first.startsWith("total");
    }
}
