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

    public SearchIndexRepository(Database database) {
        this.dsl = database.dsl();
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
        append(doc, false, document.words());
        append(doc, true, document.secretWords());
    }

    private void append(long doc, boolean secret, SortedSet<String> words) {
        Map<String, List<String>> byBucket = new LinkedHashMap<>();
        for (String word : words) {
            byBucket.computeIfAbsent(WordBlocks.bucket(word), b -> new ArrayList<>()).add(word);
        }
        byBucket.forEach((bucket, bucketWords) -> append(doc, secret, bucket, bucketWords));
    }

    private void append(long doc, boolean secret, String bucket, List<String> words) {
        var last = dsl.select(PETITION_WORD_BLOCK.BLOCK_NO, PETITION_WORD_BLOCK.LAST_DOC, PETITION_WORD_BLOCK.DATA)
                .from(PETITION_WORD_BLOCK)
                .where(PETITION_WORD_BLOCK.SECRET.eq(secret), PETITION_WORD_BLOCK.BUCKET.eq(bucket))
                .orderBy(PETITION_WORD_BLOCK.BLOCK_NO.desc())
                .limit(1)
                .fetchOptional();
        if (last.isPresent() && last.get().value3().length < WordBlocks.BLOCK_BYTES) {
            byte[] data = last.get().value3();
            byte[] added = WordBlocks.entries(doc, last.get().value2(), words);
            byte[] joined = java.util.Arrays.copyOf(data, data.length + added.length);
            System.arraycopy(added, 0, joined, data.length, added.length);
            dsl.update(PETITION_WORD_BLOCK)
                    .set(PETITION_WORD_BLOCK.DATA, joined)
                    .set(PETITION_WORD_BLOCK.LAST_DOC, doc)
                    .set(PETITION_WORD_BLOCK.ENTRIES, PETITION_WORD_BLOCK.ENTRIES.plus(words.size()))
                    .where(PETITION_WORD_BLOCK.SECRET.eq(secret), PETITION_WORD_BLOCK.BUCKET.eq(bucket),
                            PETITION_WORD_BLOCK.BLOCK_NO.eq(last.get().value1()))
                    .execute();
        } else {
            dsl.insertInto(PETITION_WORD_BLOCK)
                    .set(PETITION_WORD_BLOCK.SECRET, secret)
                    .set(PETITION_WORD_BLOCK.BUCKET, bucket)
                    .set(PETITION_WORD_BLOCK.BLOCK_NO, last.map(b -> b.value1() + 1).orElse(0))
                    .set(PETITION_WORD_BLOCK.ENTRIES, words.size())
                    .set(PETITION_WORD_BLOCK.LAST_DOC, doc)
                    .set(PETITION_WORD_BLOCK.DATA, WordBlocks.entries(doc, 0, words))
                    .execute();
        }
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

    /** Writes the blocks a builder made, numbered after the blocks already in each bucket. */
    public void insertBlocks(SearchIndexBuilder builder) {
        Map<String, Integer> next = new HashMap<>();
        dsl.select(PETITION_WORD_BLOCK.SECRET, PETITION_WORD_BLOCK.BUCKET, DSL.max(PETITION_WORD_BLOCK.BLOCK_NO))
                .from(PETITION_WORD_BLOCK)
                .groupBy(PETITION_WORD_BLOCK.SECRET, PETITION_WORD_BLOCK.BUCKET)
                .forEach(r -> next.put(key(r.value1(), r.value2()), r.value3() + 1));
        BatchBindStep[] batch = {newBlockBatch()};
        int[] pending = {0};
        builder.forEachBlock((secret, bucket, entries, lastDoc, data) -> {
            int blockNo = next.merge(key(secret, bucket), 1, Integer::sum) - 1;
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

    /** Empties the index (before a rebuild). */
    public void deleteAll() {
        dsl.deleteFrom(PETITION_WORD_BLOCK).execute();
        dsl.deleteFrom(PETITION_SEARCH).execute();
    }

    /** Whether a migration asked for the index to be rebuilt from the petitions. */
    public boolean rebuildRequested() {
        return dsl.fetchExists(APP_SETTING, APP_SETTING.SETTING_KEY.eq(REBUILD_SETTING));
    }

    public void clearRebuildRequest() {
        dsl.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(REBUILD_SETTING)).execute();
    }
}
