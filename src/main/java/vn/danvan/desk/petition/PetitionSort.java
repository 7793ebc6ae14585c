package vn.danvan.desk.petition;

/** The list's order: one column, ascending or descending; ties are broken by the petition's id. */
public record PetitionSort(Column column, boolean ascending) {

    /** Newest received first. */
    public static final PetitionSort DEFAULT = new PetitionSort(Column.RECEIVED, false);

    /** Columns the list can sort by. */
    public enum Column {
        RECEIVED,
        CODE,
        KIND,
        PETITIONER,
        VILLAGE,
        FIELD,
        STATUS,
        UNIT,
        DUE
    }
}
