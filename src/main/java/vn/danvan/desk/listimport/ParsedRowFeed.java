package vn.danvan.desk.listimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import vn.danvan.desk.common.ProgressMonitor;

/**
 * The write pass's reading, on a thread of its own: the file is read and its rows parsed while the rows before them
 * are written, a thousand at a time through a short queue (at most four thousand rows wait, so memory stays bounded
 * whatever the file's size). The writer takes {@link #next()} until it is empty; {@link #close()} stops the reading
 * early (a cancel, a failure).
 */
final class ParsedRowFeed implements AutoCloseable {

    private static final int CHUNK = 1000;
    private static final int WAITING = 4;

    /** What the reader hands over: rows, the end of the file, or what stopped it. */
    private sealed interface Item permits Rows, End, Failed {
    }

    private record Rows(List<ParsedRow> rows) implements Item {
    }

    private record End() implements Item {
    }

    private record Failed(Throwable cause) implements Item {
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(WAITING);
    private final List<RowProblem> problems = new ArrayList<>();
    private final Thread reader;
    private volatile boolean stopped;
    private boolean ended;

    /** Starts reading {@code file}; {@code parsers} makes the row parser once the header is known. */
    ParsedRowFeed(Path file, Function<ListHeader, ListRowParser> parsers) {
        reader = new Thread(() -> read(file, parsers), "list-import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Path file, Function<ListHeader, ListRowParser> parsers) {
        // the writer reports progress, by the rows it wrote; the reading only stops when asked
        ProgressMonitor untilStopped = ProgressMonitor.cancelledWhen(() -> stopped);
        try {
            List<List<ParsedRow>> batch = new ArrayList<>(List.of(new ArrayList<>(CHUNK)));
            ListScan.scan(file, untilStopped, problems, header -> {
                ListRowParser parser = parsers.apply(header);
                return source -> parser.parse(source, problems).ifPresent(row -> {
                    batch.get(0).add(row);
                    if (batch.get(0).size() == CHUNK) {
                        hand(new Rows(batch.get(0)));
                        batch.set(0, new ArrayList<>(CHUNK));
                    }
                });
            });
            hand(new Rows(batch.get(0)));
            hand(new End());
        } catch (CancellationException stoppedByWriter) {
            // close() asked for it: nobody takes from the queue any more
        } catch (RuntimeException | Error e) {
            if (!stopped) {
                hand(new Failed(e));
            }
        }
    }

    private void hand(Item item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /**
     * The next rows in file order (up to a thousand); empty once the file has been read. Rethrows what stopped the
     * reading.
     */
    List<ParsedRow> next() {
        while (!ended) {
            Item item;
            try {
                item = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
            if (item == null) {
                if (!reader.isAlive() && queue.isEmpty()) {
                    throw new IllegalStateException("The list's reader stopped without a word");
                }
                continue;
            }
            if (item instanceof Rows rows && !rows.rows().isEmpty()) {
                return rows.rows();
            } else if (item instanceof End) {
                ended = true;
            } else if (item instanceof Failed failed) {
                ended = true;
                if (failed.cause() instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) failed.cause();
            }
        }
        return List.of();
    }

    /** The problems the reading found (read once {@link #next()} came back empty). */
    List<RowProblem> problems() {
        return problems;
    }

    @Override
    public void close() {
        stopped = true;
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
