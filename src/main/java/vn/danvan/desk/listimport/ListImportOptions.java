package vn.danvan.desk.listimport;

/**
 * What the user allowed: create the villages ({@code --create-villages}) and handling units
 * ({@code --create-units}) the list names that are not in the catalogs, and update the petitions whose code is
 * already on file ({@code --update}) instead of skipping them.
 */
public record ListImportOptions(boolean createVillages, boolean createUnits, boolean update) {

    public static ListImportOptions none() {
        return new ListImportOptions(false, false, false);
    }
}
