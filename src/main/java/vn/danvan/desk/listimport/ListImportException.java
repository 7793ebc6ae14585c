package vn.danvan.desk.listimport;

import java.util.List;

/**
 * The file was refused and nothing was saved: the problems found (at most {@link ListImportCheck#MAX_PROBLEMS}, in
 * the order of the file) and how many there were in all.
 */
public final class ListImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<RowProblem> problems;
    private final int total;

    ListImportException(List<RowProblem> problems) {
        this(problems, problems.size());
    }

    ListImportException(List<RowProblem> problems, int total) {
        super(total + " problem(s) in the imported list");
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    /** How many problems the file has, also those not kept in {@link #problems()}. */
    public int total() {
        return total;
    }
}
