package vn.danvan.desk.report.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.danvan.desk.petition.Competence;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.ResolutionGroup;

/** Adds the petitions of a period up, one at a time, as they stood at the cut-off: memory does not grow with them. */
final class SummaryCounter {

    /** A breakdown line being counted. */
    private static final class Line {
        private int carriedOver;
        private int received;
        private final int[] groups = new int[ResolutionGroup.values().length];

        void add(boolean carried, ResolutionGroup group) {
            if (carried) {
                carriedOver++;
            } else {
                received++;
            }
            groups[group.ordinal()]++;
        }

        Tally tally() {
            return new Tally(carriedOver, received, groups[ResolutionGroup.RESOLVED.ordinal()],
                    groups[ResolutionGroup.IN_PROGRESS.ordinal()], groups[ResolutionGroup.NOT_RESOLVED.ordinal()]);
        }
    }

    /** A catalog entry to list: its id and name, in the catalog's order. */
    record CatalogEntry(UUID id, String name, boolean active) {
    }

    private final Line overall = new Line();
    private final Map<PetitionKind, Line> kinds = new EnumMap<>(PetitionKind.class);
    private final Map<PetitionChannel, Line> channels = new EnumMap<>(PetitionChannel.class);
    private final Map<UUID, Line> fields = new HashMap<>();
    private final Map<UUID, Line> villages = new HashMap<>();
    private final Line single = new Line();
    private final Line multiple = new Line();
    private final Map<HandlingDirection, Integer> directions = new EnumMap<>(HandlingDirection.class);
    private int closedWithoutDirection;
    private int carriedOverStillOpen;
    private int overdue;
    private int within;
    private int outside;
    private int resolvedWithin;

    /** Counts {@code p}, which stood in {@code status} at the cut-off; {@code overdueThen}: its clock ran past its due date. */
    void add(CountedPetition p, PetitionStatus status, boolean overdueThen) {
        ResolutionGroup group = status.group();
        boolean carried = p.carriedOver();
        overall.add(carried, group);
        kinds.computeIfAbsent(p.kind(), k -> new Line()).add(carried, group);
        channels.computeIfAbsent(p.channel(), k -> new Line()).add(carried, group);
        fields.computeIfAbsent(p.fieldId(), k -> new Line()).add(carried, group);
        villages.computeIfAbsent(p.villageId(), k -> new Line()).add(carried, group);
        (p.multipleSigners() ? multiple : single).add(carried, group);
        if (carried && status.open()) {
            carriedOverStillOpen++;
        }
        if (overdueThen) {
            overdue++;
        }
        if (group == ResolutionGroup.NOT_RESOLVED) {
            return; // received or being sorted: nothing decided yet
        }
        if (p.direction() == null) {
            closedWithoutDirection++;
        } else {
            directions.merge(p.direction(), 1, Integer::sum);
        }
        if (p.competence() == Competence.WITHIN) {
            within++;
            if (group == ResolutionGroup.RESOLVED) {
                resolvedWithin++;
            }
        } else if (p.competence() == Competence.OUTSIDE) {
            outside++;
        }
    }

    Counts counts(List<CatalogEntry> fieldCatalog, List<CatalogEntry> villageCatalog) {
        return new Counts(overall.tally(), carriedOverStillOpen, overdue, within, outside, resolvedWithin,
                directions, closedWithoutDirection, tallies(kinds, PetitionKind.values()),
                tallies(channels, PetitionChannel.values()), named(fields, fieldCatalog),
                named(villages, villageCatalog), single.tally(), multiple.tally());
    }

    /** What was counted, ready for {@link PeriodSummary}. */
    record Counts(Tally overall, int carriedOverStillOpen, int overdue, int within, int outside, int resolvedWithin,
                  Map<HandlingDirection, Integer> directions, int closedWithoutDirection,
                  Map<PetitionKind, Tally> kinds, Map<PetitionChannel, Tally> channels, List<NamedTally> fields,
                  List<NamedTally> villages, Tally single, Tally multiple) {
    }

    private static <E extends Enum<E>> Map<E, Tally> tallies(Map<E, Line> lines, E[] all) {
        Map<E, Tally> result = new HashMap<>();
        for (E value : all) {
            Line line = lines.get(value);
            result.put(value, line == null ? Tally.ZERO : line.tally());
        }
        return result;
    }

    /**
     * Every active catalog entry (with zeros) and every entry that has petitions, in the catalog's order, then the line
     * of petitions with none (id and name null; only when there are some).
     */
    private static List<NamedTally> named(Map<UUID, Line> lines, List<CatalogEntry> catalog) {
        List<NamedTally> result = new ArrayList<>();
        for (CatalogEntry entry : catalog) {
            Line line = lines.get(entry.id());
            if (line != null || entry.active()) {
                result.add(new NamedTally(entry.id(), entry.name(), line == null ? Tally.ZERO : line.tally()));
            }
        }
        Line withNone = lines.get(null);
        if (withNone != null) {
            result.add(new NamedTally(null, null, withNone.tally()));
        }
        return result;
    }
}
