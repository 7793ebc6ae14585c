package vn.danvan.desk.petition.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WordBlocksTest {

    @Test
    void aWordGoesToTheBucketOfItsFirstFourCharacters() {
        assertThat(WordBlocks.bucket("nguyen")).isEqualTo("nguy");
        assertThat(WordBlocks.bucket("lan")).isEqualTo("lan");
        assertThat(WordBlocks.readsOneBucket("thi")).isFalse();
        assertThat(WordBlocks.readsOneBucket("tran")).isTrue();
    }

    @Test
    void aBlockReadsBackTheDocumentsWhoseWordsBeginWithTheTypedWord() {
        byte[] block = concat(WordBlocks.entries(3, 0, List.of("tran")),
                WordBlocks.entries(7, 3, List.of("trang", "tranh")),
                WordBlocks.entries(300, 7, List.of("tranh")),
                WordBlocks.entries(70_000, 300, List.of("tran")));
        assertThat(read(block, "tran")).containsExactly(3, 7, 300, 70_000);
        assertThat(read(block, "tranh")).containsExactly(7, 300);
        assertThat(read(block, "trang")).containsExactly(7);
        assertThat(read(block, "trangx")).isEmpty();
    }

    @Test
    void theBuilderClosesBlocksAndEveryBlockReadsOnItsOwn() {
        SearchIndexBuilder builder = new SearchIndexBuilder();
        for (long doc = 1; doc <= 5_000; doc++) {
            String code = String.format("kn-2026-%05d", doc);
            builder.add(doc, SearchDocument.of(code, doc % 2 == 0 ? "Tranh chấp" : "Trần", doc % 10 == 0,
                    "Trần Thị Lan", null, null, null));
        }
        Map<String, List<byte[]>> blocks = new TreeMap<>();
        List<Integer> entries = new ArrayList<>();
        builder.forEachBlock((secret, bucket, count, lastDoc, data) -> {
            blocks.computeIfAbsent((secret ? "secret:" : "") + bucket, b -> new ArrayList<>()).add(data);
            entries.add(count);
            assertThat(data.length).isLessThanOrEqualTo(WordBlocks.BLOCK_BYTES + 64);
        });
        assertThat(blocks.get("kn-2").size()).isGreaterThan(1); // 5,000 codes do not fit one block
        assertThat(readAll(blocks.get("kn-2"), "kn-2026-0004").stream().boxed().toList()).containsExactly(40, 41, 42, 43, 44, 45, 46, 47,
                48, 49);
        BitSet tranh = readAll(blocks.get("tran"), "tranh");
        assertThat(tranh.cardinality()).isEqualTo(2_500);
        // a confidential petitioner's name is a secret word; "tran" of its summary still is an open one
        assertThat(readAll(blocks.get("lan"), "lan").cardinality()).isEqualTo(4_500);
        assertThat(readAll(blocks.get("secret:lan"), "lan").cardinality()).isEqualTo(500);
        assertThat(entries.stream().mapToInt(Integer::intValue).sum()).isPositive();
    }

    private static BitSet readAll(List<byte[]> blocks, String word) {
        BitSet hits = new BitSet();
        blocks.forEach(b -> WordBlocks.read(b, word, hits));
        return hits;
    }

    private static List<Integer> read(byte[] block, String word) {
        BitSet hits = new BitSet();
        WordBlocks.read(block, word, hits);
        return hits.stream().boxed().toList();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
