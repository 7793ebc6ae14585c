package vn.danvan.desk.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import vn.danvan.desk.petition.search.SearchPlan;
import vn.danvan.desk.petition.search.SearchWords;
import vn.danvan.desk.petition.search.WordBlocks;
import vn.danvan.desk.petition.search.WordSearch;

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

    /**
     * The search as the app does it, by hand: each typed word's blocks of postings read (fewest first) and
     * intersected, then the petitions of those documents looked up by number; or, when the documents are so many
     * that the newest rows hold a page sooner, the petitions read newest first with each word tested on the row.
     */
    int search(String typed, int limit) throws SQLException {
        List<String> words = SearchWords.query(typed);
        int[] blocks = new int[words.size()];
        int total = 0;
        StringBuilder counts = new StringBuilder("SELECT -1, COUNT(*) FROM petition_search");
        for (int i = 0; i < words.size(); i++) {
            counts.append(" UNION ALL SELECT ").append(i).append(", COUNT(*) FROM petition_word_block")
                    .append(" WHERE secret = FALSE AND ").append(bucketCondition(words.get(i)));
        }
        try (PreparedStatement s = connection.prepareStatement(fresh(counts.toString()))) {
            bindBuckets(s, words);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getInt(1) < 0) {
                        total = r.getInt(2);
                    } else {
                        blocks[r.getInt(1)] = r.getInt(2);
                    }
                }
            }
        }
        List<String> readable = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            (blocks[i] > WordSearch.MAX_BLOCKS ? unchecked : readable).add(words.get(i));
        }
        BitSet found = null;
        if (!readable.isEmpty()) {
            StringBuilder read = new StringBuilder();
            for (int i = 0; i < readable.size(); i++) {
                read.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i)
                        .append(", data FROM petition_word_block WHERE secret = FALSE AND ")
                        .append(bucketCondition(readable.get(i)));
            }
            BitSet[] hits = new BitSet[readable.size()];
            for (int i = 0; i < hits.length; i++) {
                hits[i] = new BitSet();
            }
            try (PreparedStatement s = connection.prepareStatement(fresh(read.toString()))) {
                bindBuckets(s, readable);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        WordBlocks.read(r.getBytes(2), readable.get(r.getInt(1)), hits[r.getInt(1)]);
                    }
                }
            }
            for (BitSet h : hits) {
                if (found == null) {
                    found = h;
                } else {
                    found.and(h);
                }
            }
        }
        int documents = found == null ? 0 : found.cardinality();
        boolean walk = found == null || documents > SearchPlan.MAX_DOCUMENTS
                || limit / (documents / (double) Math.max(total, documents)) < documents;
        List<String> tested = walk ? words : unchecked;
        StringBuilder like = new StringBuilder();
        tested.forEach(w -> like.append(" AND s.words LIKE ? ESCAPE '!'"));
        if (walk) {
            try (PreparedStatement s = connection.prepareStatement(fresh(PAGE.replace("FROM petition p",
                    "FROM petition p LEFT JOIN petition_search s ON s.petition_id = p.id") + like + ORDER))) {
                int i = bindLikes(s, tested, 1);
                s.setInt(i, limit);
                return drain(s);
            }
        }
        // the page's ids from the documents in a derived table, then their rows (as the app does)
        try (PreparedStatement s = connection.prepareStatement(fresh(PAGE.replace("FROM petition p",
                "FROM (SELECT p.id AS page_id FROM UNNEST(?) found(doc_no)"
                        + " JOIN petition_search s ON s.doc_no = found.doc_no"
                        + " LEFT JOIN petition p ON p.id = s.petition_id WHERE p.voided = FALSE" + like + ORDER
                        + ") page JOIN petition p ON p.id = page.page_id") + ORDER))) {
            s.setArray(1, connection.createArrayOf("BIGINT",
                    found.stream().mapToObj(Long::valueOf).toArray(Long[]::new)));
            int i = bindLikes(s, tested, 2);
            s.setInt(i++, limit);
            s.setInt(i, limit);
            return drain(s);
        }
    }

    private static int bindLikes(PreparedStatement statement, List<String> words, int first) throws SQLException {
        int i = first;
        for (String word : words) {
            statement.setString(i++, "% " + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return i;
    }

    private static String bucketCondition(String word) {
        return WordBlocks.readsOneBucket(word) ? "bucket = ?" : "bucket >= ? AND bucket < ?";
    }

    private static void bindBuckets(PreparedStatement s, List<String> words) throws SQLException {
        int i = 1;
        for (String word : words) {
            if (WordBlocks.readsOneBucket(word)) {
                s.setString(i++, WordBlocks.bucket(word));
            } else {
                s.setString(i++, word);
                s.setString(i++, word + Character.MAX_VALUE);
            }
        }
    }

    int overdueCount(LocalDate today) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(fresh("SELECT COUNT(*) FROM petition"
                + " WHERE running_due BETWEEN DATE '1900-01-01' AND ?"))) {
            s.setDate(1, Date.valueOf(today.minusDays(1)));
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
