package vn.danvan.desk.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.h2.api.Trigger;

/**
 * Keeps {@code petition_received_tally} (V11) in step with the petitions: H2 calls it for every inserted, updated
 * and deleted petition row, inside the statement's own transaction, so the counts commit and roll back with the
 * change, whichever code made it. A row counts under (month received, status, within competence, field, village,
 * origin office) unless voided; an update that changes none of these costs one comparison.
 *
 * <p>H2 creates one instance per trigger and database, and may call it from several sessions at once: the instance
 * holds only the column positions read in {@link #init}.
 *
 * <p>A bulk write (the list import's chunks) may {@link #collect} the changes of the rows it writes on its thread
 * instead, and apply them once per combination before its transaction commits: a thousand petitions of a chunk then
 * cost a few hundred tally updates instead of a thousand. H2 runs a trigger on the thread of the statement that
 * fires it, so the collection is the one of that thread.
 */
public final class ReceivedTallyTrigger implements Trigger {

    private static final String ADD = "UPDATE petition_received_tally SET petitions = petitions + ?"
            + " WHERE received_month = ? AND status = ? AND within_competence = ?"
            + " AND field_id IS NOT DISTINCT FROM ? AND village_id IS NOT DISTINCT FROM ?"
            + " AND origin_office_id IS NOT DISTINCT FROM ?";
    private static final String CREATE = "INSERT INTO petition_received_tally"
            + " (petitions, received_month, status, within_competence, field_id, village_id, origin_office_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final ThreadLocal<Collected> COLLECTING = new ThreadLocal<>();

    private int receivedDate;
    private int status;
    private int competence;
    private int fieldId;
    private int villageId;
    private int voided;
    private int originOfficeId;

    /** The counted columns of one petition row; {@code null} when the row is not counted (voided). */
    record Key(LocalDate month, String status, boolean within, UUID fieldId, UUID villageId, UUID originOfficeId) {
    }

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        Map<String, Integer> positions = new HashMap<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                positions.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        columns.getInt("ORDINAL_POSITION") - 1);
            }
        }
        receivedDate = position(positions, "received_date");
        status = position(positions, "status");
        competence = position(positions, "competence");
        fieldId = position(positions, "field_id");
        villageId = position(positions, "village_id");
        voided = position(positions, "voided");
        originOfficeId = position(positions, "origin_office_id");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Key before = oldRow == null ? null : key(oldRow);
        Key after = newRow == null ? null : key(newRow);
        if (Objects.equals(before, after)) {
            return;
        }
        Collected collected = COLLECTING.get();
        if (before != null) {
            if (collected != null) {
                collected.add(before, -1);
            } else {
                add(connection, before, -1);
            }
        }
        if (after != null) {
            if (collected != null) {
                collected.add(after, 1);
            } else {
                add(connection, after, 1);
            }
        }
    }

    /**
     * From now until {@link Collected#applyAndStop}, the rows this thread writes change the tally in memory only;
     * {@code applyAndStop} writes the changes, in the caller's transaction (before it commits). Closing without
     * applying (the write failed, its transaction rolls back) only stops collecting.
     */
    public static Collected collect() {
        if (COLLECTING.get() != null) {
            throw new IllegalStateException("The tally is already collected on this thread");
        }
        Collected collected = new Collected();
        COLLECTING.set(collected);
        return collected;
    }

    /** The tally changes of one thread's rows, by counted combination. */
    public static final class Collected implements AutoCloseable {

        private final Map<Key, Integer> changes = new HashMap<>();

        private Collected() {
        }

        private void add(Key key, int delta) {
            changes.merge(key, delta, Integer::sum);
        }

        /** Writes the collected changes through {@code connection} and stops collecting. */
        public void applyAndStop(Connection connection) throws SQLException {
            close();
            for (Map.Entry<Key, Integer> change : changes.entrySet()) {
                if (change.getValue() != 0) {
                    ReceivedTallyTrigger.add(connection, change.getKey(), change.getValue());
                }
            }
            changes.clear();
        }

        @Override
        public void close() {
            if (COLLECTING.get() == this) {
                COLLECTING.remove();
            }
        }
    }

    Key key(Object[] row) {
        if (Boolean.TRUE.equals(row[voided])) {
            return null;
        }
        LocalDate received = date(row[receivedDate]);
        return new Key(received.withDayOfMonth(1), (String) row[status], "WITHIN".equals(row[competence]),
                (UUID) row[fieldId], (UUID) row[villageId], (UUID) row[originOfficeId]);
    }

    private static void add(Connection connection, Key key, int delta) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(ADD)) {
            bind(update, key, delta);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(CREATE)) {
            bind(insert, key, delta);
            insert.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Key key, int delta) throws SQLException {
        statement.setInt(1, delta);
        statement.setObject(2, key.month());
        statement.setString(3, key.status());
        statement.setBoolean(4, key.within());
        statement.setObject(5, key.fieldId());
        statement.setObject(6, key.villageId());
        statement.setObject(7, key.originOfficeId());
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("petition.received_date read as " + value);
    }

    private static int position(Map<String, Integer> positions, String column) throws SQLException {
        Integer position = positions.get(column);
        if (position == null) {
            throw new SQLException("The petition table has no column " + column + " to keep the received tally");
        }
        return position;
    }
}
