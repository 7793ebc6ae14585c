package vn.danvan.desk.petition.search;

import vn.danvan.desk.TestServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.common.db.Database;

/** The postings as written by an intake (block after block) and by a bulk load, read back. */
class SearchIndexRepositoryTest {

    /** Long enough that a few hundred documents fill several 8 KB blocks. */
    private static final String LONG_WORD = "thon" + "x".repeat(80);

    @TempDir
    Path folder;
    Database database;
    SearchIndexRepository index;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder, TestServices.KEY);
        index = new SearchIndexRepository(database);
        // the documents below have no petition behind them
        database.dsl().execute("SET REFERENTIAL_INTEGRITY FALSE");
    }

    @AfterEach
    void close() {
        database.dsl().execute("SET REFERENTIAL_INTEGRITY TRUE");
        database.close();
    }

    @Test
    void intakesFillBlocksOneAfterAnotherAndEveryDocumentIsReadBack() {
        List<UUID> petitions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID petition = UUID.randomUUID();
            petitions.add(petition);
            database.transactions().run(() -> index.index(petition, SearchDocument.of(
                    String.format("KN-2026-%05d", petitions.size()), LONG_WORD, false, null, null, null, null)));
        }
        List<Integer> blocks = database.dsl().fetch("select block_no from petition_word_block where bucket = 'thon'"
                + " order by block_no").getValues(0, Integer.class);
        assertThat(blocks.size()).isGreaterThanOrEqualTo(3);
        assertThat(blocks).isEqualTo(java.util.stream.IntStream.rangeClosed(-(blocks.size() - 1), 0).boxed().toList());

        BitSet[] hits = index.read(List.of("thon", "kn-2026-0010"), false);
        assertThat(hits[0].cardinality()).isEqualTo(300);
        assertThat(hits[1].cardinality()).isEqualTo(10); // KN-2026-00100 to 00109
        assertThat(index.costs(List.of("thon", "zzz"), false).blocks()).containsExactly(blocks.size(), 0);
        assertThat(index.costs(List.of("thon"), false).documents()).isEqualTo(300);

        // indexing a petition again gives it a new number; its old entries then match no document
        index.index(petitions.get(0), SearchDocument.of("KN-2026-00001", "khac", false, null, null, null, null));
        assertThat(index.costs(List.of("thon"), false).documents()).isEqualTo(300);
    }

    @Test
    void aPurgeAndTheEmptyingOfTheIndexCrossTheirBatches() {
        List<UUID> petitions = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            UUID petition = UUID.randomUUID();
            petitions.add(petition);
            String code = String.format("KN-2026-%05d", i);
            database.transactions().run(() -> index.index(petition, SearchDocument.of(code, LONG_WORD, false, null,
                    null, null, null)));
        }
        assertThat(entries()).isEqualTo(14); // a code and the long word each
        var purger = new SearchPurgeRepository(database, 2);

        // the live documents are read two at a time: five of them end on a short page, four on an empty one
        assertThat(removeAndPurge(purger, petitions.get(1), petitions.get(4))).isEqualTo(4);
        assertThat(entries()).isEqualTo(10);
        assertThat(removeAndPurge(purger, petitions.get(6))).isEqualTo(2);
        assertThat(entries()).isEqualTo(8);
        assertThat(index.read(List.of(LONG_WORD, "kn-2026"), false)).allSatisfy(hits ->
                assertThat(hits.cardinality()).isEqualTo(4));

        var emptying = new SearchIndexRepository(database, 3);
        database.transactions().run(emptying::deleteAll);
        assertThat(database.dsl().fetchValue("select count(*) from petition_search")).isEqualTo(0L);
        assertThat(database.dsl().fetchValue("select count(*) from petition_word_block")).isEqualTo(0L);
    }

    private int removeAndPurge(SearchPurgeRepository purger, UUID... petitions) {
        List<UUID> ids = List.of(petitions);
        return database.transactions().inTransaction(() -> {
            var words = purger.indexedWords(ids);
            index.removeDocuments(ids);
            return purger.purge(words);
        });
    }

    private long entries() {
        return ((Number) database.dsl().fetchValue("select coalesce(sum(entries), 0) from petition_word_block"))
                .longValue();
    }

    @Test
    void aBulkLoadAddsItsBlocksBelowTheOnesAlreadyThere() {
        UUID first = UUID.randomUUID();
        database.transactions().run(() -> index.index(first, SearchDocument.of("PA-2026-00001", LONG_WORD, false,
                null, null, null, null)));
        long from = index.reserveDocNumbers(500);
        SearchIndexBuilder builder = new SearchIndexBuilder();
        List<SearchIndexRepository.IndexedDocument> documents = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            SearchDocument document = SearchDocument.of(String.format("PA-2026-%05d", i + 2), LONG_WORD, i % 2 == 0,
                    "Lê Văn Tám", null, null, null);
            documents.add(new SearchIndexRepository.IndexedDocument(from + i, UUID.randomUUID(), document));
            builder.add(from + i, document);
        }
        database.transactions().run(() -> {
            index.insertDocuments(documents);
            index.insertBlocks(builder);
        });
        assertThat(index.read(List.of(LONG_WORD), false)[0].cardinality()).isEqualTo(501);
        assertThat(index.read(List.of("tam"), false)[0].cardinality()).isEqualTo(250);
        assertThat(index.read(List.of("tam"), true)[0].cardinality()).isEqualTo(500);
        // and an intake after the load appends to the newest block, below the loaded ones
        UUID later = UUID.randomUUID();
        database.transactions().run(() -> index.index(later, SearchDocument.of("PA-2026-09999", LONG_WORD, false,
                null, null, null, null)));
        assertThat(index.read(List.of("thon"), false)[0].cardinality()).isEqualTo(502);
        assertThat(database.dsl().fetchValue("select count(distinct block_no) = count(*) from petition_word_block"
                + " where bucket = 'thon'")).isEqualTo(true);
    }
}
