package vn.danvan.desk.petition.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A block rewritten without some documents still reads back the others, and appends continue after it. */
class WordBlocksKeepTest {

    @Test
    void theEntriesOfRefusedDocumentsAreGoneAndTheRestReadsBack() {
        byte[] block = concat(WordBlocks.entries(3, 0, List.of("tranh")),
                WordBlocks.entries(7, 3, List.of("trang", "tranh")),
                WordBlocks.entries(300, 7, List.of("tranh")),
                WordBlocks.entries(70_000, 300, List.of("trang")));
        Set<Long> dead = Set.of(3L, 300L);
        WordBlocks.Kept kept = WordBlocks.keep(block, doc -> !dead.contains(doc));
        assertThat(kept.entries()).isEqualTo(3);
        assertThat(kept.lastDoc()).isEqualTo(70_000);
        assertThat(read(kept.data(), "tranh")).containsExactly(7);
        assertThat(read(kept.data(), "trang")).containsExactly(7, 70_000);
        // an append after the rewritten block counts from its last document, as the index does
        byte[] appended = concat(kept.data(), WordBlocks.entries(70_005, kept.lastDoc(), List.of("tranh")));
        assertThat(read(appended, "tranh")).containsExactly(7, 70_005);

        WordBlocks.Kept none = WordBlocks.keep(block, doc -> false);
        assertThat(none.entries()).isZero();
        assertThat(none.data()).isEmpty();
        assertThat(WordBlocks.keep(block, doc -> true).data()).isEqualTo(block);
    }

    private static List<Integer> read(byte[] block, String word) {
        BitSet hits = new BitSet();
        WordBlocks.read(block, word, hits);
        return hits.stream().boxed().toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
