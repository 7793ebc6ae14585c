package vn.danvan.desk.petition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.petition.search.SearchDocument;
import vn.danvan.desk.petition.search.SearchIndexBuilder;
import vn.danvan.desk.petition.search.SearchIndexRepository;
import vn.danvan.desk.petition.search.SearchIndexRepository.IndexedDocument;
import vn.danvan.desk.petition.search.SearchPurgeRepository;

/**
 * Rebuilds the search index from the petitions, when a migration asks for it (V5 introduced the index): the
 * documents are written page by page, the postings at the end, and the request is cleared last, so that an
 * interrupted rebuild starts again at the next start-up.
 */
public final class PetitionSearchRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(PetitionSearchRebuild.class);
    private static final int PAGE = 5_000;

    private final PetitionRepository petitions;
    private final SearchIndexRepository index;
    private final Transactions transactions;
    private final SearchPurgeRepository purge;

    public PetitionSearchRebuild(PetitionRepository petitions, SearchIndexRepository index, Transactions transactions,
                                 SearchPurgeRepository purge) {
        this.petitions = petitions;
        this.index = index;
        this.transactions = transactions;
        this.purge = purge;
    }

    /**
     * Indexes some petitions again from what is stored now (after their petitioner's identity changed). Returns the
     * words of their former documents, which stay in the postings as bytes until {@link #purge} removes them. Call
     * inside the transaction of the change.
     */
    public Set<String> reindex(Collection<UUID> petitionIds) {
        Set<String> former = purge.indexedWords(petitionIds);
        for (PetitionRepository.IndexSource s : petitions.indexSources(petitionIds)) {
            index.index(s.id(), SearchDocument.of(s.code(), s.summary(), s.confidential(), s.name(), s.idNumber(),
                    s.phone(), s.address()));
        }
        return former;
    }

    /** Removes from the postings every entry, in the buckets of {@code words}, of documents no longer searched. */
    public int purge(Collection<String> words) {
        return purge.purge(words);
    }

    public void rebuildIfRequested() {
        if (index.rebuildRequested()) {
            rebuild();
        }
    }

    /** Indexes every petition again; returns how many. */
    public long rebuild() {
        long started = System.nanoTime();
        transactions.run(index::deleteAll);
        long total = petitions.count();
        long next = index.reserveDocNumbers(Math.max(1, total));
        long last = next + Math.max(1, total);
        SearchIndexBuilder builder = new SearchIndexBuilder();
        UUID after = null;
        long done = 0;
        while (true) {
            List<PetitionRepository.IndexSource> page = petitions.indexSources(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<IndexedDocument> documents = new ArrayList<>(page.size());
            for (PetitionRepository.IndexSource s : page) {
                if (next >= last) { // petitions added meanwhile: take more numbers
                    next = index.reserveDocNumbers(PAGE);
                    last = next + PAGE;
                }
                SearchDocument document = SearchDocument.of(s.code(), s.summary(), s.confidential(), s.name(),
                        s.idNumber(), s.phone(), s.address());
                documents.add(new IndexedDocument(next, s.id(), document));
                builder.add(next++, document);
            }
            transactions.run(() -> index.insertDocuments(documents));
            done += page.size();
            after = page.get(page.size() - 1).id();
        }
        transactions.run(() -> {
            index.insertBlocks(builder);
            index.clearRebuildRequest();
        });
        LOG.info("Rebuilt the search index of {} petitions in {} ms", done, (System.nanoTime() - started) / 1_000_000);
        return done;
    }
}
