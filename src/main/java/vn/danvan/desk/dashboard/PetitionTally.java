package vn.danvan.desk.dashboard;

import java.util.List;

/**
 * The counts of petitions that {@link PetitionTallyTrigger} keeps in step with the petition table, each in a table
 * of its own with one row per combination of its key columns and the count in {@code petitions} (V13). A row
 * whose count fell to 0 stays; readers skip it. {@link #countedSql()} is the same count made from the petitions, for
 * the checks after a crash and the tests.
 */
public enum PetitionTally {

    /**
     * Not voided, by month received (first day), status, competence and origin office: the monthly chart by
     * resolution group, open petitions, those carried over into the year.
     */
    MONTH("petition_month_tally",
            List.of("received_month", "status", "within_competence", "origin_office_id"),
            List.of(Sql.MONTH, "status", Sql.WITHIN, "origin_office_id"),
            "voided = FALSE"),

    /** Not voided, by month received, field and origin office (the chart by field). */
    FIELD("petition_field_tally",
            List.of("received_month", "field_id", "origin_office_id"),
            List.of(Sql.MONTH, "field_id", "origin_office_id"),
            "voided = FALSE"),

    /** Not voided, by month received, village and origin office (the chart by village). */
    VILLAGE("petition_village_tally",
            List.of("received_month", "village_id", "origin_office_id"),
            List.of(Sql.MONTH, "village_id", "origin_office_id"),
            "voided = FALSE"),

    /** Running petitions (running_due set, V5) by due date and origin office (overdue and due within the week). */
    DUE("petition_due_tally",
            List.of("running_due", "origin_office_id"),
            List.of("running_due", "origin_office_id"),
            "running_due IS NOT NULL"),

    /**
     * Not voided, with a resolution date, by that date, competence, year received and origin office (resolved this
     * month and the settlement rate).
     */
    RESOLVED("petition_resolved_tally",
            List.of("resolved_date", "within_competence", "received_year", "origin_office_id"),
            List.of("resolved_date", Sql.WITHIN, "YEAR(received_date)", "origin_office_id"),
            "voided = FALSE AND resolved_date IS NOT NULL");

    private final String table;
    private final List<String> columns;
    private final List<String> expressions;
    private final String counted;
    private final String addSql;
    private final String createSql;

    PetitionTally(String table, List<String> columns, List<String> expressions, String counted) {
        this.table = table;
        this.columns = columns;
        this.expressions = expressions;
        this.counted = counted;
        StringBuilder add = new StringBuilder("UPDATE ").append(table).append(" SET petitions = petitions + ? WHERE ");
        for (int i = 0; i < columns.size(); i++) {
            add.append(i == 0 ? "" : " AND ").append(columns.get(i)).append(" IS NOT DISTINCT FROM ?");
        }
        this.addSql = add.toString();
        this.createSql = "INSERT INTO " + table + " (petitions, " + String.join(", ", columns) + ") VALUES (?"
                + ", ?".repeat(columns.size()) + ")";
    }

    public String table() {
        return table;
    }

    /** The key columns, in the order of {@link PetitionTallyTrigger}'s keys. */
    public List<String> columns() {
        return columns;
    }

    /** Adds {@code ?} (the change) to the row whose key is bound from the second parameter on. */
    String addSql() {
        return addSql;
    }

    /** Creates the row of a key not counted yet: the count, then the key. */
    String createSql() {
        return createSql;
    }

    /** The tally's rows with a count other than 0: the key columns, then the count. */
    public String tallySql() {
        return "SELECT " + String.join(", ", columns) + ", petitions FROM " + table + " WHERE petitions <> 0";
    }

    /** The same rows counted from the petitions (the definition the trigger follows). */
    public String countedSql() {
        List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            named.add(expressions.get(i) + " " + columns.get(i));
        }
        return "SELECT " + String.join(", ", named) + ", COUNT(*) petitions FROM petition WHERE " + counted
                + " GROUP BY " + String.join(", ", expressions);
    }

    /** SQL shared by the definitions. */
    private static final class Sql {
        static final String WITHIN = "COALESCE(competence = 'WITHIN', FALSE)";
        static final String MONTH = "DATEADD(DAY, 1 - DAY_OF_MONTH(received_date), received_date)";
    }
}
