package vn.danvan.desk.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk load changes in the database while it runs, and puts back when it ends (also after a failure):
 * <ul>
 *   <li>on a new office's database (no petition yet) the secondary indexes of the loaded tables are dropped and made
 *       again at the end: an index built once over the loaded rows costs less than one kept up to date row by row,
 *       above all when its keys come in random order (names, ID numbers);</li>
 *   <li>H2's foreign-key checks are off: every generated reference points at a row written before it;</li>
 *   <li>H2's page cache is larger (at most a quarter of the heap, 1 GB), then back to its size;</li>
 *   <li>event sequence numbers are given by the load and the identity column continues after them.</li>
 * </ul>
 */
final class DemoBulkLoad implements AutoCloseable {

    private static final long MAX_CACHE_KB = 1024 * 1024;

    private final DemoDataRepository repository;
    private final DemoTimings timings;
    private final List<String> deferredIndexes = new ArrayList<>();
    private final long cacheBefore;

    private DemoBulkLoad(DemoDataRepository repository, DemoTimings timings) {
        this.repository = repository;
        this.timings = timings;
        this.cacheBefore = repository.cacheSize(Math.min(MAX_CACHE_KB, Runtime.getRuntime().maxMemory() / 4 / 1024));
    }

    static DemoBulkLoad begin(DemoDataRepository repository, DemoTimings timings) {
        DemoBulkLoad load = new DemoBulkLoad(repository, timings);
        timings.time("dropping indexes", () -> {
            if (repository.petitionCount() == 0) {
                load.deferredIndexes.addAll(repository.dropSecondaryIndexes());
            }
        });
        repository.startEventSeq();
        repository.referentialIntegrity(false);
        return load;
    }

    @Override
    public void close() {
        try {
            repository.restartEventSeq();
        } finally {
            repository.referentialIntegrity(true);
            timings.time("indexes", () -> repository.createIndexes(deferredIndexes));
            repository.cacheSize(cacheBefore);
        }
    }
}
