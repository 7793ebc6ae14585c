package vn.danvan.desk.common;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through but not {@code close()}, which only flushes: for a stream (a zip, a sealing stream) that
 * closes what it wraps, when the file beneath is written on and closed by its owner.
 */
public final class KeepOpenOutputStream extends FilterOutputStream {

    public KeepOpenOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
