package vn.danvan.desk.petition.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * The format of the postings in {@code petition_word_block}: which bucket a word goes to, how an entry is written and
 * how a block is read back for a typed word. An entry is the document number (the difference from the previous
 * entry of the block, absolute for the first) and the rest of the word after its bucket, as a length and UTF-8 bytes.
 */
public final class WordBlocks {

    /** A word's first characters name its bucket; a shorter word is its own bucket. */
    public static final int BUCKET_LENGTH = 4;
    /** A block is closed once it holds this many bytes; the next entry starts a new one. */
    public static final int BLOCK_BYTES = 8 * 1024;

    private WordBlocks() {
    }

    public static String bucket(String word) {
        return word.length() <= BUCKET_LENGTH ? word : word.substring(0, BUCKET_LENGTH);
    }

    /**
     * Whether a typed word reads exactly one bucket (it is at least as long as a bucket name) or every bucket that
     * begins with it.
     */
    public static boolean readsOneBucket(String word) {
        return word.length() >= BUCKET_LENGTH;
    }

    /**
     * The entries of one document's words of one bucket, to append after {@code previousDoc} (0 to start a block).
     */
    public static byte[] entries(long doc, long previousDoc, java.util.List<String> words) {
        if (doc <= previousDoc) {
            throw new IllegalArgumentException("document " + doc + " after " + previousDoc);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * words.size());
        long delta = doc - previousDoc;
        for (String word : words) {
            writeEntry(out, delta, word);
            delta = 0;
        }
        return out.toByteArray();
    }

    static void writeEntry(ByteArrayOutputStream out, long delta, String word) {
        byte[] rest = word.length() <= BUCKET_LENGTH ? new byte[0]
                : word.substring(BUCKET_LENGTH).getBytes(StandardCharsets.UTF_8);
        writeNumber(out, delta);
        writeNumber(out, rest.length);
        out.write(rest, 0, rest.length);
    }

    private static void writeNumber(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /**
     * Marks in {@code hits} every document of a block that holds a word beginning with {@code word}. The block must
     * be one that {@code word} reads (its bucket, or one beginning with it).
     */
    public static void read(byte[] block, String word, BitSet hits) {
        byte[] wanted = readsOneBucket(word)
                ? word.substring(BUCKET_LENGTH).getBytes(StandardCharsets.UTF_8) : new byte[0];
        long doc = 0;
        int p = 0;
        while (p < block.length) {
            long delta = 0;
            int shift = 0;
            byte b;
            do {
                b = block[p++];
                delta |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            doc += delta;
            int length = 0;
            shift = 0;
            do {
                b = block[p++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            if (length >= wanted.length && startsWith(block, p, wanted)) {
                hits.set(Math.toIntExact(doc));
            }
            p += length;
        }
    }

    /** A block rewritten without some entries: its bytes, how many entries are left and the last one's document. */
    public record Kept(byte[] data, int entries, long lastDoc) {
    }

    /**
     * The block without the entries of the documents {@code live} refuses (documents taken out of the search or
     * indexed again under a new number), so that their words no longer stay in the index as bytes.
     */
    public static Kept keep(byte[] block, java.util.function.LongPredicate live) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(block.length);
        int[] at = {0};
        long doc = 0;
        long last = 0;
        int entries = 0;
        while (at[0] < block.length) {
            doc += readNumber(block, at);
            int length = Math.toIntExact(readNumber(block, at));
            if (live.test(doc)) {
                writeNumber(out, doc - last);
                writeNumber(out, length);
                out.write(block, at[0], length);
                last = doc;
                entries++;
            }
            at[0] += length;
        }
        return new Kept(out.toByteArray(), entries, last);
    }

    private static long readNumber(byte[] block, int[] at) {
        long value = 0;
        int shift = 0;
        byte b;
        do {
            b = block[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return value;
    }

    private static boolean startsWith(byte[] block, int at, byte[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (block[at + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }
}
