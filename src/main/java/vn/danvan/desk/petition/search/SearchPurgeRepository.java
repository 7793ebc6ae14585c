package vn.danvan.desk.petition.search;

import static vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_WORD_BLOCK;

import java.util.List;
import java.util.BitSet;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.danvan.desk.common.db.Database;

/**
 * Removes words from the search index for good. A petition indexed again gets a new document number and the entries
 * of its old number only stop matching: their bytes stay in {@code petition_word_block}. When a citizen is
 * anonymised the old name, ID number and phone must not stay anywhere, so the blocks of their words' buckets are
 * rewritten without the entries of documents that are no longer in {@code petition_search}. Writes join the
 * caller's transaction.
 */
public final class SearchPurgeRepository {

    private static final int DOC_PAGE = 20_000;

    private final DSLContext dsl;
    private final int docPage;

    public SearchPurgeRepository(Database database) {
        this(database, DOC_PAGE);
    }

    /** {@code docPage}: documents per read of the live documents (a test crosses pages with a few). */
    SearchPurgeRepository(Database database, int docPage) {
        this.dsl = database.dsl();
        this.docPage = docPage;
    }

    /** Every word (open and secret) of the petitions' current search documents. */
    public Set<String> indexedWords(Collection<UUID> petitionIds) {
        Set<String> words = new TreeSet<>();
        if (petitionIds.isEmpty()) {
            return words;
        }
        dsl.select(PETITION_SEARCH.WORDS, PETITION_SEARCH.SECRET_WORDS).from(PETITION_SEARCH)
                .where(PETITION_SEARCH.PETITION_ID.in(petitionIds))
                .forEach(r -> {
                    words.addAll(SearchWords.of(r.value1()));
                    words.addAll(SearchWords.of(r.value2()));
                });
        return words;
    }

    /**
     * Rewrites the blocks of the buckets of {@code words}, in both namespaces, keeping only the entries of documents
     * still in the search. Returns how many entries were removed.
     */
    public int purge(Collection<String> words) {
        Set<String> buckets = new TreeSet<>();
        words.forEach(word -> buckets.add(WordBlocks.bucket(word)));
        if (buckets.isEmpty()) {
            return 0;
        }
        BitSet live = new BitSet();
        // every document, a page at a time in the key's order: H2 gathers a result whole
        for (long after = Long.MIN_VALUE; ; ) {
            List<Long> page = dsl.select(PETITION_SEARCH.DOC_NO).from(PETITION_SEARCH)
                    .where(PETITION_SEARCH.DOC_NO.gt(after)).orderBy(PETITION_SEARCH.DOC_NO).limit(docPage)
                    .fetch(PETITION_SEARCH.DOC_NO);
            page.forEach(doc -> live.set(Math.toIntExact(doc)));
            if (page.size() < docPage) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        int removed = 0;
        for (String bucket : buckets) {
            for (boolean secret : new boolean[] {false, true}) {
                removed += purgeBucket(secret, bucket, live);
            }
        }
        return removed;
    }

    private int purgeBucket(boolean secret, String bucket, BitSet live) {
        int removed = 0;
        var blocks = dsl.select(PETITION_WORD_BLOCK.BLOCK_NO, PETITION_WORD_BLOCK.ENTRIES, PETITION_WORD_BLOCK.DATA)
                .from(PETITION_WORD_BLOCK)
                .where(PETITION_WORD_BLOCK.SECRET.eq(secret), PETITION_WORD_BLOCK.BUCKET.eq(bucket))
                .fetch();
        for (var block : blocks) {
            WordBlocks.Kept kept = WordBlocks.keep(block.value3(), doc -> live.get(Math.toIntExact(doc)));
            if (kept.entries() == block.value2()) {
                continue;
            }
            removed += block.value2() - kept.entries();
            var where = PETITION_WORD_BLOCK.SECRET.eq(secret).and(PETITION_WORD_BLOCK.BUCKET.eq(bucket))
                    .and(PETITION_WORD_BLOCK.BLOCK_NO.eq(block.value1()));
            if (kept.entries() == 0) {
                dsl.deleteFrom(PETITION_WORD_BLOCK).where(where).execute();
            } else {
                dsl.update(PETITION_WORD_BLOCK)
                        .set(PETITION_WORD_BLOCK.DATA, kept.data())
                        .set(PETITION_WORD_BLOCK.ENTRIES, kept.entries())
                        .set(PETITION_WORD_BLOCK.LAST_DOC, kept.lastDoc())
                        .where(where).execute();
            }
        }
        return removed;
    }
}
