package vn.danvan.desk.listimport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes what follows a committed chunk of an import (its history events and search documents) on a thread of its
 * own, in a transaction of its own, while the import writes the next chunk's people and petitions: on two cores the
 * import's one writing thread left part of the second core unused once the JIT compiler was done. At most one
 * follow-up is under way; the next waits for it, and its failure is thrown to the import at the next chunk or at
 * {@link #await()}. What it wrote belongs to the import's run like the chunk's rows, so an import that stops is
 * undone whole; {@link #close()} waits for the follow-up first, so that nothing is still being written while the
 * run is undone.
 */
final class ChunkFollower implements AutoCloseable {

    private final Consumer<Runnable> scope;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "list-import-history");
        t.setDaemon(true);
        return t;
    });
    private Future<?> underWay = CompletableFuture.completedFuture(null);

    /** A follower that runs each follow-up within {@code scope} (a transaction of its own). */
    ChunkFollower(Consumer<Runnable> scope) {
        this.scope = scope;
    }

    /** Waits for the follow-up under way (throwing its failure), then starts {@code work}. */
    void follow(Runnable work) {
        await();
        underWay = thread.submit(() -> scope.accept(work));
    }

    /** Waits for the follow-up under way; throws what stopped it. */
    void await() {
        try {
            underWay.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the import's history was being written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until the follow-up under way has ended, whatever ends it and even if interrupted, and ends the thread. */
    @Override
    public void close() {
        thread.shutdown();
        boolean interrupted = false;
        while (!thread.isTerminated()) {
            try {
                thread.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
