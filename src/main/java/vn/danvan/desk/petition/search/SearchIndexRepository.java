package vn.danvan.desk.petition.search;

import static vn.danvan.desk.common.db.generated.Sequences.PETITION_SEARCH_DOC_SEQ;
import static vn.danvan.desk.common.db.generated.Tables.APP_SETTING;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_WORD_BLOCK;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;

/**
 * The search index in the database: one {@code petition_search} row per indexed petition and the postings in
 * {@code petition_word_block} (format in {@link WordBlocks}). Writes join the caller's transaction.
 */
public final class SearchIndexRepository {

    static final String REBUILD_SETTING = "search.rebuild";

    private final DSLContext dsl;
    private final int deleteBatch;

    public SearchIndexRepository(Database database) {
        this(database, DELETE_BATCH);
    }

    /** {@code deleteBatch}: search rows per DELETE when the index is emptied (a test crosses batches with a few). */
    SearchIndexRepository(Database database, int deleteBatch) {
        this.dsl = database.dsl();
        this.deleteBatch = deleteBatch;
    }

    /**
     * Indexes a petition, or indexes it again after a change: it gets a new document number, so the entries of its
     * old number match no document any more. Call inside the transaction that writes the petition.
     */
    public void index(UUID petitionId, SearchDocument document) {
        dsl.deleteFrom(PETITION_SEARCH).where(PETITION_SEARCH.PETITION_ID.eq(petitionId)).execute();
        long doc = dsl.nextval(PETITION_SEARCH_DOC_SEQ);
        dsl.insertInto(PETITION_SEARCH)
                .set(PETITION_SEARCH.DOC_NO, doc)
                .set(PETITION_SEARCH.PETITION_ID, petitionId)
                .set(PETITION_SEARCH.WORDS, document.wordsText())
                .set(PETITION_SEARCH.SECRET_WORDS, document.secretText())
                .execute();
        Map<String, List<String>> byBucket = new LinkedHashMap<>();
        group(byBucket, false, document.words());
        group(byBucket, true, document.secretWords());
        append(doc, byBucket);
    }

    /** Groups words by namespace and bucket, keyed as in {@link #key(boolean, String)}. */
    private static void group(Map<String, List<String>> byBucket, boolean secret, SortedSet<String> words) {
        for (String word : words) {
            byBucket.computeIfAbsent(key(secret, WordBlocks.bucket(word)), b -> new ArrayList<>()).add(word);
        }
    }

    /**
     * Appends a document's words to the newest block of each of their buckets, or starts a new block: the newest
     * blocks read in one statement, the changes written in two batches (one statement per bucket, twice, made an
     * intake three times slower). Block numbers go down (0, -1, -2...) so that the newest block is the first of its
     * bucket in the key's order, read without sorting (ordering by a descending number made H2 read and sort every
     * block of the bucket: 1.5 MB for "thon" on a million petitions, at every intake).
     */
    private void append(long doc, Map<String, List<String>> byBucket) {
        if (byBucket.isEmpty()) {
            return;
        }
        String newest = String.join(" UNION ALL ", java.util.Collections.nCopies(byBucket.size(),
                "(SELECT SECRET, BUCKET, BLOCK_NO, LAST_DOC, DATA FROM PETITION_WORD_BLOCK"
                        + " WHERE SECRET = ? AND BUCKET = ? ORDER BY BLOCK_NO LIMIT 1)"));
        dsl.connection(connection -> {
            Map<String, Object[]> blocks = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(newest)) {
                int i = 1;
                for (String key : byBucket.keySet()) {
                    select.setBoolean(i++, key.charAt(0) == '1');
                    select.setString(i++, key.substring(1));
                }
                try (var r = select.executeQuery()) {
                    while (r.next()) {
                        blocks.put(key(r.getBoolean(1), r.getString(2)),
                                new Object[] {r.getInt(3), r.getLong(4), r.getBytes(5)});
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE PETITION_WORD_BLOCK SET DATA = ?,"
                    + " LAST_DOC = ?, ENTRIES = ENTRIES + ? WHERE SECRET = ? AND BUCKET = ? AND BLOCK_NO = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO PETITION_WORD_BLOCK"
                         + " (SECRET, BUCKET, BLOCK_NO, ENTRIES, LAST_DOC, DATA) VALUES (?, ?, ?, ?, ?, ?)")) {
                boolean updates = false;
                boolean inserts = false;
                for (var entry : byBucket.entrySet()) {
                    boolean secret = entry.getKey().charAt(0) == '1';
                    String bucket = entry.getKey().substring(1);
                    List<String> words = entry.getValue();
                    Object[] last = blocks.get(entry.getKey());
                    if (last != null && ((byte[]) last[2]).length < WordBlocks.BLOCK_BYTES) {
                        byte[] data = (byte[]) last[2];
                        byte[] added = WordBlocks.entries(doc, (Long) last[1], words);
                        byte[] joined = java.util.Arrays.copyOf(data, data.length + added.length);
                        System.arraycopy(added, 0, joined, data.length, added.length);
                        update.setBytes(1, joined);
                        update.setLong(2, doc);
                        update.setInt(3, words.size());
                        update.setBoolean(4, secret);
                        update.setString(5, bucket);
                        update.setInt(6, (Integer) last[0]);
                        update.addBatch();
                        updates = true;
                    } else {
                        insert.setBoolean(1, secret);
                        insert.setString(2, bucket);
                        insert.setInt(3, last == null ? 0 : (Integer) last[0] - 1);
                        insert.setInt(4, words.size());
                        insert.setLong(5, doc);
                        insert.setBytes(6, WordBlocks.entries(doc, 0, words));
                        insert.addBatch();
                        inserts = true;
                    }
                }
                if (updates) {
                    update.executeBatch();
                }
                if (inserts) {
                    insert.executeBatch();
                }
            }
        });
    }

    // ---------------------------------------------------------------- reading

    /** How many blocks each typed word reads (what reading it costs), and how many documents the index holds. */
    public record Costs(int[] blocks, int documents) {
    }

    /**
     * The costs of several words in one statement (a count per word and namespace, joined by UNION ALL, each using
     * the key): a search's statements each cost a round through jOOQ and the connection pool, which on a small
     * database took longer than the work itself.
     */
    public Costs costs(List<String> words, boolean secretToo) {
        org.jooq.Select<org.jooq.Record2<Integer, Integer>> query =
                dsl.select(DSL.inline(-1), DSL.count()).from(PETITION_SEARCH);
        for (int i = 0; i < words.size(); i++) {
            for (boolean secret : namespaces(secretToo)) {
                query = query.unionAll(dsl.select(DSL.inline(i), DSL.count()).from(PETITION_WORD_BLOCK)
                        .where(blocksOf(words.get(i), secret)));
            }
        }
        int[] blocks = new int[words.size()];
        int documents = 0;
        for (var r : query.fetch()) {
            if (r.value1() < 0) {
                documents = r.value2();
            } else {
                blocks[r.value1()] += r.value2();
            }
        }
        return new Costs(blocks, documents);
    }

    /** For each word, the documents with a word that begins with it; all read in one statement. */
    public BitSet[] read(List<String> words, boolean secretToo) {
        BitSet[] hits = new BitSet[words.size()];
        org.jooq.Select<org.jooq.Record2<Integer, byte[]>> query = null;
        for (int i = 0; i < words.size(); i++) {
            hits[i] = new BitSet();
            for (boolean secret : namespaces(secretToo)) {
                var one = dsl.select(DSL.inline(i), PETITION_WORD_BLOCK.DATA).from(PETITION_WORD_BLOCK)
                        .where(blocksOf(words.get(i), secret));
                query = query == null ? one : query.unionAll(one);
            }
        }
        if (query != null) {
            for (var r : query.fetch()) {
                WordBlocks.read(r.value2(), words.get(r.value1()), hits[r.value1()]);
            }
        }
        return hits;
    }

    private static List<Boolean> namespaces(boolean secretToo) {
        return secretToo ? List.of(false, true) : List.of(false);
    }

    /** The blocks a word reads in one namespace, as a range of the key (secret, bucket, block_no). */
    private static Condition blocksOf(String word, boolean secret) {
        Condition bucket = WordBlocks.readsOneBucket(word)
                ? PETITION_WORD_BLOCK.BUCKET.eq(WordBlocks.bucket(word))
                : PETITION_WORD_BLOCK.BUCKET.ge(word).and(PETITION_WORD_BLOCK.BUCKET.lt(word + Character.MAX_VALUE));
        return PETITION_WORD_BLOCK.SECRET.eq(DSL.inline(secret)).and(bucket);
    }

    // ---------------------------------------------------------------- bulk writes (demo data, rebuild)

    /** The first of {@code count} document numbers taken at once; the sequence continues after them. */
    public long reserveDocNumbers(long count) {
        long first = dsl.nextval(PETITION_SEARCH_DOC_SEQ);
        dsl.alterSequence(PETITION_SEARCH_DOC_SEQ).restartWith(first + count).execute();
        return first;
    }

    /** A petition's search row with its document number already given. */
    public record IndexedDocument(long docNo, UUID petitionId, SearchDocument document) {
    }

    /** Many documents at once, through one JDBC statement (jOOQ's batch bound each value through a context). */
    public void insertDocuments(List<IndexedDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        dsl.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PETITION_SEARCH"
                    + " (DOC_NO, PETITION_ID, WORDS, SECRET_WORDS) VALUES (?, ?, ?, ?)")) {
                for (IndexedDocument d : documents) {
                    insert.setLong(1, d.docNo());
                    insert.setObject(2, d.petitionId());
                    insert.setString(3, d.document().wordsText());
                    insert.setString(4, d.document().secretText());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Writes the blocks a builder made, numbered below the blocks already in each bucket (see {@link #append}). */
    public void insertBlocks(SearchIndexBuilder builder) {
        Map<String, Integer> next = new HashMap<>();
        dsl.select(PETITION_WORD_BLOCK.SECRET, PETITION_WORD_BLOCK.BUCKET, DSL.min(PETITION_WORD_BLOCK.BLOCK_NO))
                .from(PETITION_WORD_BLOCK)
                .groupBy(PETITION_WORD_BLOCK.SECRET, PETITION_WORD_BLOCK.BUCKET)
                .forEach(r -> next.put(key(r.value1(), r.value2()), r.value3() - 1));
        BatchBindStep[] batch = {newBlockBatch()};
        int[] pending = {0};
        builder.forEachBlock((secret, bucket, entries, lastDoc, data) -> {
            int blockNo = next.merge(key(secret, bucket), -1, Integer::sum) + 1;
            batch[0].bind(secret, bucket, blockNo, entries, lastDoc, data);
            if (++pending[0] == 500) {
                batch[0].execute();
                batch[0] = newBlockBatch();
                pending[0] = 0;
            }
        });
        if (pending[0] > 0) {
            batch[0].execute();
        }
    }

    private BatchBindStep newBlockBatch() {
        return dsl.batch(dsl.insertInto(PETITION_WORD_BLOCK, PETITION_WORD_BLOCK.SECRET, PETITION_WORD_BLOCK.BUCKET,
                PETITION_WORD_BLOCK.BLOCK_NO, PETITION_WORD_BLOCK.ENTRIES, PETITION_WORD_BLOCK.LAST_DOC,
                PETITION_WORD_BLOCK.DATA).values((Boolean) null, null, null, null, null, null));
    }

    private static String key(boolean secret, String bucket) {
        return (secret ? "1" : "0") + bucket;
    }

    /**
     * Takes petitions out of the search (before they are indexed again under new document numbers, in bulk): the
     * entries of their old numbers then match no document, as after {@link #index}. The ids are written as literals
     * (H2 uses the index for a literal list, not for bind parameters): pass a few thousand at a time.
     */
    public void removeDocuments(java.util.Collection<UUID> petitionIds) {
        if (!petitionIds.isEmpty()) {
            dsl.deleteFrom(PETITION_SEARCH)
                    .where(PETITION_SEARCH.PETITION_ID.in(petitionIds.stream().map(DSL::inline).toList()))
                    .execute();
        }
    }

    /**
     * Empties the index (before a rebuild) a bucket's blocks or a thousand search rows per statement: H2 gathers the
     * rows a DELETE removes in the heap first, and the search rows and word blocks of a million petitions would not
     * fit there.
     */
    public void deleteAll() {
        // each batch's keys are read first, on from the last batch's (rows deleted in this transaction stay in the
        // index until it commits, and reading from the start would walk past them every time), and are written into
        // the DELETE as literals: with "IN (SELECT ... LIMIT n)" H2 ran the subquery for every row of the table
        for (boolean secret : new boolean[] {false, true}) {
            for (String bucket = nextBucket(secret, ""); bucket != null; bucket = nextBucket(secret, bucket)) {
                dsl.deleteFrom(PETITION_WORD_BLOCK).where(PETITION_WORD_BLOCK.SECRET.eq(secret),
                        PETITION_WORD_BLOCK.BUCKET.eq(bucket)).execute();
            }
        }
        for (List<Long> docs = docsAfter(Long.MIN_VALUE); !docs.isEmpty();
             docs = docsAfter(docs.get(docs.size() - 1))) {
            dsl.deleteFrom(PETITION_SEARCH).where(PETITION_SEARCH.DOC_NO.in(docs.stream().map(DSL::inline).toList()))
                    .execute();
        }
    }

    /** The first bucket of the namespace after {@code after} (its blocks are deleted in one statement), or null. */
    private String nextBucket(boolean secret, String after) {
        return dsl.select(PETITION_WORD_BLOCK.BUCKET).from(PETITION_WORD_BLOCK)
                .where(PETITION_WORD_BLOCK.SECRET.eq(secret), PETITION_WORD_BLOCK.BUCKET.gt(after))
                .orderBy(PETITION_WORD_BLOCK.BUCKET).limit(1).fetchOne(PETITION_WORD_BLOCK.BUCKET);
    }

    private List<Long> docsAfter(long after) {
        return dsl.select(PETITION_SEARCH.DOC_NO).from(PETITION_SEARCH).where(PETITION_SEARCH.DOC_NO.gt(after))
                .orderBy(PETITION_SEARCH.DOC_NO).limit(deleteBatch).fetch(PETITION_SEARCH.DOC_NO);
    }

    /** Search rows per DELETE statement of {@link #deleteAll}. */
    private static final int DELETE_BATCH = 1000;

    /** Whether a migration asked for the index to be rebuilt from the petitions. */
    public boolean rebuildRequested() {
        return dsl.fetchExists(APP_SETTING, APP_SETTING.SETTING_KEY.eq(REBUILD_SETTING));
    }

    public void clearRebuildRequest() {
        dsl.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(REBUILD_SETTING)).execute();
    }
}
