package vn.danvan.desk.listimport;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses to give more than {@link #MAX_CHARS} characters to one row of a text list, so that a file of
 * one endless line (or a cell of many megabytes, or a row of a million cells) is refused instead of being collected
 * whole in memory. The reader of the list calls {@link #nextRow()} after each row; the count is approximate by the
 * parser's read-ahead, which is far below the limit.
 */
final class RowLengthLimit extends FilterReader {

    /** Far above any real row: the longest texts of a petition together are some tens of thousands of characters. */
    static final int MAX_CHARS = 1 << 20;

    /** Thrown through the CSV parser when a row is longer than the limit. */
    static final class RowTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLong() {
            super("row longer than " + MAX_CHARS + " characters");
        }
    }

    private long inRow;

    RowLengthLimit(Reader in) {
        super(in);
    }

    void nextRow() {
        inRow = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws RowTooLong {
        inRow += n;
        if (inRow > MAX_CHARS) {
            throw new RowTooLong();
        }
    }
}
