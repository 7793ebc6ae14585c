package vn.danvan.desk.crash;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionRow;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.security.Actor;

/**
 * After a kill: is everything the writer reported committed there, as reported, and is every petition whole? A
 * committed petition or change that is missing is <em>lost</em>; anything half-written or inconsistent (a status
 * without its history event, a petition without its intake event or search document, a code counter behind the
 * codes given) is <em>damaged</em>.
 */
final class CrashCheck {

    /** What one check found; {@code petitions} and {@code events} are the totals, for the monotony check. */
    record Findings(List<String> lost, List<String> damaged, int petitions, int events) {
    }

    private static final Set<PetitionEventType> VERSIONED = EnumSet.of(PetitionEventType.STATUS_CHANGED,
            PetitionEventType.ASSIGNED, PetitionEventType.DUE_DATE_CHANGED, PetitionEventType.VOIDED);
    private static final int SEARCHED_PER_RUN = 10;

    private final AppServices services;
    private final CrashCheckRepository rows;

    CrashCheck(AppServices services) {
        this.services = services;
        this.rows = new CrashCheckRepository(services.database());
    }

    Findings check(CrashLedger ledger, int petitionsBefore, int eventsBefore) {
        List<String> lost = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        Map<UUID, CrashCheckRepository.StoredPetition> stored = rows.petitions().stream()
                .collect(Collectors.toMap(CrashCheckRepository.StoredPetition::id, p -> p));
        List<CrashCheckRepository.StoredEvent> allEvents = rows.events();
        Map<UUID, List<CrashCheckRepository.StoredEvent>> events = new HashMap<>();
        allEvents.forEach(e -> events.computeIfAbsent(e.petitionId(), id -> new ArrayList<>()).add(e));
        checkReported(ledger, stored, lost, damaged);
        stored.values().forEach(p -> checkWhole(p, events.getOrDefault(p.id(), List.of()), damaged));
        checkTables(stored, damaged);
        checkSearch(ledger, stored, damaged);
        if (stored.size() < petitionsBefore) {
            lost.add("petitions went from " + petitionsBefore + " to " + stored.size());
        }
        if (allEvents.size() < eventsBefore) {
            lost.add("history events went from " + eventsBefore + " to " + allEvents.size());
        }
        return new Findings(lost, damaged, stored.size(), allEvents.size());
    }

    private static void checkReported(CrashLedger ledger, Map<UUID, CrashCheckRepository.StoredPetition> stored,
                                      List<String> lost, List<String> damaged) {
        WriterLine inFlight = ledger.inFlight();
        ledger.petitions().forEach((id, expected) -> {
            CrashCheckRepository.StoredPetition p = stored.get(id);
            if (p == null) {
                lost.add("committed petition " + expected.code() + " " + id + " is missing");
                return;
            }
            if (expected.code() != null && !expected.code().equals(p.code())) {
                damaged.add("petition " + id + " has code " + p.code() + ", reported " + expected.code());
            }
            boolean underWay = inFlight != null && inFlight.type() == WriterLine.Type.BEGIN_CHANGE
                    && id.equals(inFlight.id());
            if (p.rowVersion() < expected.rowVersion()) {
                lost.add("committed change of " + p.code() + " is missing: version " + p.rowVersion()
                        + ", reported " + expected.rowVersion());
            } else if (p.rowVersion() == expected.rowVersion()) {
                if (!p.status().equals(expected.status().name())) {
                    damaged.add(p.code() + " is " + p.status() + " at version " + p.rowVersion() + ", reported "
                            + expected.status());
                }
            } else if (underWay && p.rowVersion() == expected.rowVersion() + 1) {
                if (p.status().equals(inFlight.status().name())) {
                    ledger.settle(id, inFlight.status(), p.rowVersion());
                } else {
                    damaged.add(p.code() + " is " + p.status() + " after the change under way to "
                            + inFlight.status());
                }
            } else {
                damaged.add(p.code() + " is at version " + p.rowVersion() + ", reported " + expected.rowVersion()
                        + (underWay ? " with one change under way" : " with none under way"));
            }
        });
    }

    private static void checkWhole(CrashCheckRepository.StoredPetition p,
                                   List<CrashCheckRepository.StoredEvent> history, List<String> damaged) {
        if (history.stream().noneMatch(e -> e.type().equals(PetitionEventType.CREATED.name()))) {
            damaged.add(p.code() + " has no intake event");
        }
        String lastStatus = null;
        long versioned = 0;
        for (CrashCheckRepository.StoredEvent e : history) {
            if (e.toStatus() != null) {
                lastStatus = e.toStatus();
            }
            if (VERSIONED.stream().anyMatch(t -> t.name().equals(e.type()))) {
                versioned++;
            }
        }
        if (!p.status().equals(lastStatus)) {
            damaged.add(p.code() + " is " + p.status() + " but its newest history event says " + lastStatus);
        }
        if (p.rowVersion() != versioned) {
            damaged.add(p.code() + " is at version " + p.rowVersion() + " with " + versioned + " change events");
        }
        if (!p.anonymous() && p.petitionerId() == null) {
            damaged.add(p.code() + " lost its petitioner");
        }
        if (p.petitionerId() != null && !p.petitionerFound()) {
            damaged.add(p.code() + " names a petitioner that does not exist");
        }
        if (!p.indexed()) {
            damaged.add(p.code() + " has no search document");
        }
    }

    private void checkTables(Map<UUID, CrashCheckRepository.StoredPetition> stored, List<String> damaged) {
        int orphanEvents = rows.orphanEvents();
        if (orphanEvents > 0) {
            damaged.add(orphanEvents + " history events without their petition");
        }
        int orphanDocuments = rows.orphanSearchDocuments();
        if (orphanDocuments > 0) {
            damaged.add(orphanDocuments + " search documents without their petition");
        }
        rows.danglingReferences().forEach((column, count) -> damaged.add(count + " rows whose " + column
                + " points at no row"));
        rows.tallyMismatches().forEach((tally, combinations) -> damaged.add("the dashboard's tally "
                + tally.table() + " differs from the petitions in " + combinations + " combinations of "
                + String.join(", ", tally.columns())));
        Map<String, Integer> highest = new HashMap<>();
        for (CrashCheckRepository.StoredPetition p : stored.values()) {
            int dash = p.code().lastIndexOf('-');
            highest.merge(p.code().substring(0, dash), Integer.parseInt(p.code().substring(dash + 1)), Math::max);
        }
        Map<String, Integer> counters = rows.codeCounters().stream()
                .collect(Collectors.toMap(c -> c.prefix() + "-" + c.year(), CrashCheckRepository.CodeCounter::lastValue));
        highest.forEach((series, max) -> {
            if (counters.getOrDefault(series, 0) < max) {
                damaged.add("code counter " + series + " is at " + counters.getOrDefault(series, 0)
                        + " but code " + max + " was given");
            }
        });
    }

    /** The petitions of this run are found by their code through the word index, as the search box finds them. */
    private void checkSearch(CrashLedger ledger, Map<UUID, CrashCheckRepository.StoredPetition> stored,
                             List<String> damaged) {
        List<UUID> fresh = ledger.newThisRun();
        for (UUID id : fresh.subList(Math.max(0, fresh.size() - SEARCHED_PER_RUN), fresh.size())) {
            CrashCheckRepository.StoredPetition p = stored.get(id);
            if (p == null) {
                continue;
            }
            List<PetitionRow> found = services.browser().page(PetitionFilter.all().withSearch(p.code()),
                    PetitionSort.DEFAULT, 0, 5, Actor.system());
            if (found.stream().noneMatch(row -> row.id().equals(id))) {
                damaged.add(p.code() + " is not found by the search");
            }
        }
    }
}
