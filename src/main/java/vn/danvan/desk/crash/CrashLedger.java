package vn.danvan.desk.crash;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * What the writer processes reported committed, over all runs on one database: each petition's code, last status
 * and row version, and the transaction that was under way when the process died (it may or may not have committed).
 * Fed from the writer's output, read by the checker after the process is dead.
 */
final class CrashLedger {

    /** A petition as the writer last reported it; {@code code} is null when it was first seen in a change. */
    record Expected(String code, PetitionStatus status, int rowVersion) {
    }

    private final Map<UUID, Expected> petitions = new LinkedHashMap<>();
    private final List<UUID> newThisRun = new ArrayList<>();
    private WriterLine inFlight;
    private boolean ready;
    private long committed;
    private int committedThisRun;

    synchronized void startRun() {
        newThisRun.clear();
        inFlight = null;
        ready = false;
        committedThisRun = 0;
    }

    synchronized void accept(WriterLine line) {
        switch (line.type()) {
            case READY -> ready = true;
            case BEGIN_INTAKE, BEGIN_CHANGE -> inFlight = line;
            case COMMITTED_PETITION -> {
                petitions.put(line.id(), new Expected(line.code(), line.status(), line.rowVersion()));
                newThisRun.add(line.id());
                committed(line);
            }
            case COMMITTED_STATE -> {
                Expected before = petitions.get(line.id());
                petitions.put(line.id(), new Expected(before == null ? null : before.code(), line.status(),
                        line.rowVersion()));
                committed(line);
            }
            case REFUSED -> inFlight = null;
        }
    }

    /**
     * The change under way at the kill was found committed: it is what the next runs must find (the writer never
     * reported it, and the next run forgets what was under way).
     */
    synchronized void settle(UUID id, PetitionStatus status, int rowVersion) {
        Expected before = petitions.get(id);
        petitions.put(id, new Expected(before == null ? null : before.code(), status, rowVersion));
    }

    private void committed(WriterLine line) {
        inFlight = null;
        committed++;
        committedThisRun++;
    }

    /** Whether the writer said its database is open and it starts writing. */
    synchronized boolean ready() {
        return ready;
    }

    synchronized Map<UUID, Expected> petitions() {
        return Map.copyOf(petitions);
    }

    synchronized List<UUID> newThisRun() {
        return List.copyOf(newThisRun);
    }

    /** The transaction begun and not reported committed when the writer died, if any. */
    synchronized WriterLine inFlight() {
        return inFlight;
    }

    synchronized long committed() {
        return committed;
    }

    synchronized int committedThisRun() {
        return committedThisRun;
    }
}
