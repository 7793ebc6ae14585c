package vn.danvan.desk.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.Transactions;

/**
 * Writes the demo dialogue sessions once every petition is in, in one transaction: sessions, chairs, villages,
 * opinions, the petitions' links back to their session, and the session numbers raised so that sessions logged
 * later in the app continue them.
 */
final class DemoDialogueLoader {

    private DemoDialogueLoader() {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoDialogueLoader.class);

    /** Returns how many sessions were written. */
    static int load(Database database, UUID officeId, DemoDialogues plan, long seed, DemoDataRepository codes) {
        long began = System.nanoTime();
        Transactions transactions = database.transactions();
        DemoDialogueRepository repository = new DemoDialogueRepository(database, officeId);
        int sessions = transactions.inTransaction(() -> {
            Map<Integer, Integer> lastCode = new HashMap<>();
            for (DemoSession s : plan.sessions()) {
                int year = s.heldOn().getYear();
                lastCode.computeIfAbsent(year, y -> codes.lastSequence(DemoDialogueRows.CODE_PREFIX, y));
            }
            DemoDialogueRows composer = new DemoDialogueRows(plan, seed, repository.citizenNames(plan.speakers()),
                    lastCode);
            DemoDialogueRecords rows = composer.compose();
            repository.insert(rows);
            Map<String, Integer> raised = new HashMap<>();
            composer.lastCodes().forEach((year, last) -> raised.put(DemoDialogueRows.CODE_PREFIX + "/" + year, last));
            codes.raiseSequences(raised);
            return rows.sessions.size();
        });
        LOG.info("Demo dialogue sessions: {} written in {} ms", sessions, (System.nanoTime() - began) / 1_000_000);
        return sessions;
    }
}
