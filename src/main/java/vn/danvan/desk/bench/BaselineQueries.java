package vn.danvan.desk.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The benchmark's baseline: each operation written by hand in plain JDBC, reading the same columns the app reads,
 * so the ratio app/baseline shows what the app's own layers cost on top of H2.
 */
final class BaselineQueries {

    private static final String PAGE = "SELECT p.id, p.code, p.received_date, p.kind, p.channel, f.name, v.name,"
            + " p.anonymous, p.petitioner_id, c.full_name, c.id_number, c.phone, p.address, p.people_count,"
            + " p.summary, p.status, u.name, p.due_date, p.resolved_date, p.confidential, p.voided,"
            + " p.dialogue_session_id FROM petition p LEFT JOIN citizen c ON c.id = p.petitioner_id"
            + " LEFT JOIN petition_field f ON f.id = p.field_id LEFT JOIN village v ON v.id = p.village_id"
            + " LEFT JOIN handling_unit u ON u.id = p.handling_unit_id WHERE p.voided = FALSE ";
    private static final String ORDER = " ORDER BY p.received_date DESC, p.id DESC LIMIT ? OFFSET 0";
    private static final String CLOCK_RUNNING = "('RECEIVED','SORTING','ACCEPTED','IN_PROGRESS','EXTENDED')";

    private final Connection connection;
    private long run;

    BaselineQueries(Connection connection) {
        this.connection = connection;
    }

    int firstPage(int limit) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(fresh(PAGE + ORDER))) {
            s.setInt(1, limit);
            return drain(s);
        }
    }

    int filteredPage(String status, UUID field, LocalDate from, LocalDate to, int limit) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(fresh(PAGE
                + "AND p.status = ? AND p.field_id = ? AND p.received_date BETWEEN ? AND ?" + ORDER))) {
            s.setString(1, status);
            s.setObject(2, field);
            s.setDate(3, Date.valueOf(from));
            s.setDate(4, Date.valueOf(to));
            s.setInt(5, limit);
            return drain(s);
        }
    }

    int search(String foldedText, int limit) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(fresh(PAGE.replace("FROM petition p",
                "FROM petition_search s LEFT JOIN petition p ON p.id = s.petition_id") + "AND s.search_text LIKE ?"
                + " ORDER BY s.received_date DESC, s.petition_id DESC LIMIT ? OFFSET 0"))) {
            s.setString(1, "%" + foldedText + "%");
            s.setInt(2, limit);
            return drain(s);
        }
    }

    int overdueCount(LocalDate today) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(fresh("SELECT COUNT(*) FROM petition WHERE status IN "
                + CLOCK_RUNNING + " AND due_date < ? AND voided = FALSE"))) {
            s.setDate(1, Date.valueOf(today));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    int count() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(fresh("SELECT COUNT(*) FROM (SELECT 1 FROM petition"
                + " WHERE voided = FALSE LIMIT 10001)"));
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The status change the app makes: read the row, update it if its version is unchanged, add an event. */
    void statusChange(UUID id, String to) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            String from;
            int version;
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT status, row_version FROM petition WHERE id = ?")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    from = r.getString(1);
                    version = r.getInt(2);
                }
            }
            try (PreparedStatement s = connection.prepareStatement("UPDATE petition SET status = ?, updated_at = ?,"
                    + " row_version = row_version + 1 WHERE id = ? AND row_version = ?")) {
                s.setString(1, to);
                s.setTimestamp(2, Timestamp.from(Instant.now()));
                s.setObject(3, id);
                s.setInt(4, version);
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO petition_event (id, petition_id,"
                    + " occurred_at, event_type, from_status, to_status) VALUES (?, ?, ?, 'STATUS_CHANGED', ?, ?)")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, id);
                s.setTimestamp(3, Timestamp.from(Instant.now()));
                s.setString(4, from);
                s.setString(5, to);
                s.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * The SQL with a comment unique to this run: H2 hands back the previous result of an identical statement when
     * nothing changed in between, which would time a cache instead of the query.
     */
    private String fresh(String sql) {
        return sql + " /* run " + (++run) + " */";
    }

    /** Reads every column of every row, as the app does when it maps rows to records. */
    private static int drain(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet r = statement.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }
}
