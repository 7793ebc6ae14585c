package vn.danvan.desk.handover;

import java.util.List;
import java.util.Set;

/**
 * One table carried by a hand-over package, by its SQL name: its key columns, the column that tells which copy is
 * newer ({@code updated_at}, for the records that have one), and for a child table the column naming its parent
 * (a child row follows its parent: it is written only when the parent's copy in the package is not older than the
 * one held). Columns in {@code blanked} name officers of the sending office, who do not exist at the receiver:
 * they travel as empty. The list {@link #ALL} is in the order rows are written (parents before children).
 */
record PackageTable(String name, List<String> key, String updatedAt, String parent, String parentTable,
                    boolean hasOrigin, Set<String> blanked, Set<String> skipped) {

    static final String ORIGIN = "origin_office_id";

    static final PackageTable OFFICE = root("office", false);
    static final PackageTable VILLAGE = root("village", true);
    static final PackageTable FIELD = root("petition_field", true);
    static final PackageTable UNIT = root("handling_unit", true);
    static final PackageTable CITIZEN = root("citizen", true);
    static final PackageTable SESSION = new PackageTable("dialogue_session", List.of("id"), "updated_at", null, null,
            true, Set.of("created_by"), Set.of());
    static final PackageTable CHAIR = child("dialogue_chair", List.of("id"), "session_id", SESSION);
    static final PackageTable SESSION_VILLAGE = child("dialogue_session_village", List.of("session_id", "village_id"),
            "session_id", SESSION);
    static final PackageTable ASSIGNMENT = child("dialogue_assignment", List.of("id"), "session_id", SESSION);
    static final PackageTable PETITION = new PackageTable("petition", List.of("id"), "updated_at", null, null, true,
            Set.of("created_by", "handling_officer_id"), Set.of("running_due"));
    static final PackageTable REPRESENTATIVE = child("petition_representative", List.of("petition_id", "ordinal"),
            "petition_id", PETITION);
    static final PackageTable EXTENSION = child("petition_extension", List.of("id"), "petition_id", PETITION);
    static final PackageTable EVENT = new PackageTable("petition_event", List.of("id"), null, "petition_id",
            PETITION.name(), false, Set.of("officer_id"), Set.of("seq"));
    static final PackageTable LINK = child("petition_link", List.of("petition_id", "linked_petition_id"),
            "petition_id", PETITION);
    static final PackageTable OPINION = child("opinion", List.of("id"), "session_id", SESSION);

    /** Every table of a package, parents first. */
    static final List<PackageTable> ALL = List.of(OFFICE, VILLAGE, FIELD, UNIT, CITIZEN, SESSION, CHAIR,
            SESSION_VILLAGE, ASSIGNMENT, PETITION, REPRESENTATIVE, EXTENSION, EVENT, LINK, OPINION);

    private static PackageTable root(String name, boolean hasOrigin) {
        return new PackageTable(name, List.of("id"), "updated_at", null, null, hasOrigin, Set.of(), Set.of());
    }

    private static PackageTable child(String name, List<String> key, String parent, PackageTable parentTable) {
        return new PackageTable(name, key, null, parent, parentTable.name(), false, Set.of(), Set.of());
    }

    boolean isChild() {
        return parent != null;
    }

    /** A catalog row may be shared by offices (the seeded fields have the same ids everywhere). */
    boolean isCatalog() {
        return this == VILLAGE || this == FIELD || this == UNIT;
    }
}
