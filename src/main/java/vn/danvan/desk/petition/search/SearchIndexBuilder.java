package vn.danvan.desk.petition.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Builds the postings of many documents in memory, for a bulk load (demo data, a rebuild): written at the end as a
 * few thousand blocks instead of one database update per word and petition. Documents must come in increasing
 * document-number order. Not thread-safe.
 */
public final class SearchIndexBuilder {

    private final Map<String, Bucket> open = new HashMap<>();
    private final Map<String, Bucket> secret = new HashMap<>();
    private long lastDoc;

    /** Receives the blocks: which bucket, how many entries, the last document and the bytes. */
    public interface BlockSink {
        void accept(boolean secret, String bucket, int entries, long lastDoc, byte[] data);
    }

    public void add(long docNo, SearchDocument document) {
        if (docNo <= lastDoc) {
            throw new IllegalArgumentException("document " + docNo + " after " + lastDoc);
        }
        lastDoc = docNo;
        add(open, docNo, document.words());
        add(secret, docNo, document.secretWords());
    }

    private static void add(Map<String, Bucket> buckets, long docNo, SortedSet<String> words) {
        for (String word : words) {
            buckets.computeIfAbsent(WordBlocks.bucket(word), b -> new Bucket()).add(docNo, word);
        }
    }

    public void forEachBlock(BlockSink sink) {
        open.forEach((name, bucket) -> bucket.forEach(false, name, sink));
        secret.forEach((name, bucket) -> bucket.forEach(true, name, sink));
    }

    /** The blocks of one bucket: the closed ones and the one being filled. */
    private static final class Bucket {
        private final List<Block> closed = new ArrayList<>();
        private ByteArrayOutputStream current = new ByteArrayOutputStream(64);
        private int entries;
        private long last;

        void add(long docNo, String word) {
            if (current.size() >= WordBlocks.BLOCK_BYTES) {
                closed.add(new Block(entries, last, current.toByteArray()));
                current = new ByteArrayOutputStream(WordBlocks.BLOCK_BYTES + 256);
                entries = 0;
                last = 0;
            }
            WordBlocks.writeEntry(current, docNo - last, word);
            entries++;
            last = docNo;
        }

        void forEach(boolean secret, String name, BlockSink sink) {
            closed.forEach(b -> sink.accept(secret, name, b.entries(), b.lastDoc(), b.data()));
            if (entries > 0) {
                sink.accept(secret, name, entries, last, current.toByteArray());
            }
        }
    }

    private record Block(int entries, long lastDoc, byte[] data) {
    }
}
