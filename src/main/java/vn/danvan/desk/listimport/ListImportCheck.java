package vn.danvan.desk.listimport;

import java.util.List;

/**
 * What checking a list found, before anything is saved: how many petition rows it has, how many are new and how
 * many have a code already on file (skipped, or updated on request; their codes, at most
 * {@link #MAX_PROBLEMS}), the villages and handling units it names that are not in the catalogs (created only on the
 * user's word), and its problems (at most {@link #MAX_PROBLEMS} kept, {@code problemCount} in all).
 */
public record ListImportCheck(String fileName, int rows, int newRows, int existingRows, List<String> existingCodes,
                              List<String> villagesToCreate, List<String> unitsToCreate, List<RowProblem> problems,
                              int problemCount) {

    /** How many problems, or existing codes, are kept to show. */
    public static final int MAX_PROBLEMS = 1000;

    public ListImportCheck {
        existingCodes = List.copyOf(existingCodes);
        villagesToCreate = List.copyOf(villagesToCreate);
        unitsToCreate = List.copyOf(unitsToCreate);
        problems = List.copyOf(problems);
    }

    /** Whether the file can be imported (catalog entries to create aside). */
    public boolean valid() {
        return problemCount == 0;
    }
}
