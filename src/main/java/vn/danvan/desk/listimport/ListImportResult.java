package vn.danvan.desk.listimport;

import java.util.List;

/**
 * What an import saved: petitions added, updated (with {@code --update}) and skipped because their code was already
 * on file (each with its row; at most {@link ListImportCheck#MAX_PROBLEMS} kept), and the catalog entries created.
 */
public record ListImportResult(int imported, int updated, int skipped, List<Skipped> skippedRows,
                               List<String> createdVillages, List<String> createdUnits) {

    /** A row not imported: its code was already on file. */
    public record Skipped(int row, String code) {
    }

    public ListImportResult {
        skippedRows = List.copyOf(skippedRows);
        createdVillages = List.copyOf(createdVillages);
        createdUnits = List.copyOf(createdUnits);
    }
}
