package vn.danvan.desk.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.h2.api.Trigger;

/**
 * Keeps the {@link PetitionTally} tables in step with the petitions (V13): H2 calls it for every inserted, updated
 * and deleted petition row, inside the statement's own transaction, so the counts commit and roll back with the
 * change, whichever code made it. An update that changes none of a tally's key columns costs one comparison.
 *
 * <p>H2 creates one instance per trigger and database, and may call it from several sessions at once: the instance
 * holds only the column positions read in {@link #init}.
 *
 * <p>A bulk write (the list import's chunks) may {@link #collect} the changes of the rows it writes on its thread
 * instead, and apply them once per combination before its transaction commits: a thousand petitions of a chunk then
 * cost a few hundred tally updates instead of thousands. H2 runs a trigger on the thread of the statement that fires
 * it, so the collection is the one of that thread.
 */
public final class PetitionTallyTrigger implements Trigger {

    private static final ThreadLocal<Collected> COLLECTING = new ThreadLocal<>();

    private int receivedDate;
    private int status;
    private int competence;
    private int fieldId;
    private int villageId;
    private int voided;
    private int originOfficeId;
    private int runningDue;
    private int resolvedDate;

    /** One combination of a tally's key columns, in the order of {@link PetitionTally#columns()}. */
    record Key(PetitionTally tally, List<Object> values) {
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
        runningDue = position(positions, "running_due");
        resolvedDate = position(positions, "resolved_date");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        for (PetitionTally tally : PetitionTally.values()) {
            Key before = oldRow == null ? null : key(tally, oldRow);
            Key after = newRow == null ? null : key(tally, newRow);
            if (before == null ? after == null : before.equals(after)) {
                continue;
            }
            change(connection, before, -1);
            change(connection, after, 1);
        }
    }

    private static void change(Connection connection, Key key, int delta) throws SQLException {
        if (key == null) {
            return;
        }
        Collected collected = COLLECTING.get();
        if (collected != null) {
            collected.add(key, delta);
        } else {
            add(connection, key, delta);
        }
    }

    /**
     * From now until {@link Collected#applyAndStop}, the rows this thread writes change the tallies in memory only;
     * {@code applyAndStop} writes the changes, in the caller's transaction (before it commits). Closing without
     * applying (the write failed, its transaction rolls back) only stops collecting.
     */
    public static Collected collect() {
        if (COLLECTING.get() != null) {
            throw new IllegalStateException("The tallies are already collected on this thread");
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
                    PetitionTallyTrigger.add(connection, change.getKey(), change.getValue());
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

    /** The combination {@code row} counts under in {@code tally}; {@code null} when the tally does not count it. */
    Key key(PetitionTally tally, Object[] row) {
        boolean notVoided = !Boolean.TRUE.equals(row[voided]);
        Boolean within = "WITHIN".equals(row[competence]);
        UUID office = (UUID) row[originOfficeId];
        return switch (tally) {
            case MONTH -> notVoided ? new Key(tally, Arrays.asList(month(row), row[status], within, office)) : null;
            case FIELD -> notVoided ? new Key(tally, Arrays.asList(month(row), row[fieldId], office)) : null;
            case VILLAGE -> notVoided ? new Key(tally, Arrays.asList(month(row), row[villageId], office)) : null;
            case DUE -> row[runningDue] != null ? new Key(tally, Arrays.asList(date(row[runningDue]), office)) : null;
            case RESOLVED -> notVoided && row[resolvedDate] != null ? new Key(tally, Arrays.asList(
                    date(row[resolvedDate]), within, date(row[receivedDate]).getYear(), office)) : null;
        };
    }

    private LocalDate month(Object[] row) {
        return date(row[receivedDate]).withDayOfMonth(1);
    }

    private static void add(Connection connection, Key key, int delta) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(key.tally().addSql())) {
            bind(update, key, delta);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(key.tally().createSql())) {
            bind(insert, key, delta);
            insert.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Key key, int delta) throws SQLException {
        statement.setInt(1, delta);
        for (int i = 0; i < key.values().size(); i++) {
            statement.setObject(i + 2, key.values().get(i));
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("A petition date read as " + value);
    }

    private static int position(Map<String, Integer> positions, String column) throws SQLException {
        Integer position = positions.get(column);
        if (position == null) {
            throw new SQLException("The petition table has no column " + column + " to keep the tallies");
        }
        return position;
    }
}
