package vn.danvan.desk.listimport;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.security.Actor;

/**
 * Undoes a list import that did not finish (V12): deletes the petitions, history, search rows and people its ids
 * mark, then the villages and handling units it created, a thousand rows per transaction so that a killed undo
 * simply goes on at the next opening; and marks the run UNDONE. A run already DONE is never touched.
 */
public final class ImportRunUndo {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunUndo.class);
    private static final int BATCH = 1000;
    static final String AUDIT_ACTION = "IMPORT_UNDONE";

    private final ImportRunRepository runs;
    private final Transactions transactions;
    private final AuditTrail audit;

    public ImportRunUndo(ImportRunRepository runs, Transactions transactions, AuditTrail audit) {
        this.runs = runs;
        this.transactions = transactions;
        this.audit = audit;
    }

    /**
     * Undoes every run left WRITING by a process that stopped (called when the database opens, before it is read).
     * A run that cannot be undone is logged and left for the next opening; the others still are.
     */
    public int undoUnfinished() {
        int undone = 0;
        for (ImportRun run : runs.unfinished()) {
            try {
                LOG.warn("Import of {} ({}) did not finish; undoing it", run.fileName(), run.id());
                undo(run, Actor.system());
                undone++;
            } catch (RuntimeException e) {
                LOG.error("Import run {} could not be undone; it will be tried again at the next opening", run.id(),
                        e);
            }
        }
        return undone;
    }

    /** Deletes what {@code run} wrote, unless it was finished. */
    void undo(ImportRun run, Actor actor) {
        long started = System.nanoTime();
        if (!runs.state(run.id()).filter(ImportRunRepository.WRITING::equals).isPresent()) {
            return;
        }
        int petitions = deleteTagged(run, after -> runs.petitionIdsInRange(run, after, BATCH),
                runs::deletePetitions);
        int people = deleteTagged(run, after -> runs.citizenIdsInRange(run, after, BATCH), runs::deleteCitizens);
        transactions.run(() -> {
            List<String> entries = runs.deleteCreated(run.id());
            runs.finish(run.id(), ImportRunRepository.UNDONE, null);
            audit.record(actor, AUDIT_ACTION, "PETITION_LIST", run.id(), String.format(
                    "%s: %d đơn, %d người, danh mục %s đã xóa", run.fileName(), petitions, people,
                    entries.size() <= 20 ? entries : entries.subList(0, 20) + " … (" + entries.size() + ")"));
        });
        LOG.info("Import of {} undone in {} ms: {} petitions, {} people removed", run.fileName(),
                (System.nanoTime() - started) / 1_000_000, petitions, people);
    }

    /**
     * Walks the run's id range a page at a time (in id order, each page after the last id of the one before) and
     * deletes, in a transaction per page, the ids that carry the run's tag.
     */
    private int deleteTagged(ImportRun run, Function<UUID, List<UUID>> page, Function<List<UUID>, Integer> delete) {
        int deleted = 0;
        UUID after = null;
        while (true) {
            List<UUID> ids = page.apply(after);
            List<UUID> ours = ids.stream().filter(id -> ImportRunIds.tagged(id, run.tag())).toList();
            deleted += transactions.inTransaction(() -> delete.apply(ours));
            if (ids.size() < BATCH) {
                return deleted;
            }
            after = ids.get(ids.size() - 1);
        }
    }
}
