package vn.danvan.desk.petition;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trạng thái (domain.md 2.3) and the transitions allowed between them. Overdue and backlog are derived from the
 * dates and never stored. A received petition may be decided straight away, without a separate sorting step.
 */
public enum PetitionStatus {
    RECEIVED(ResolutionGroup.NOT_RESOLVED),
    SORTING(ResolutionGroup.NOT_RESOLVED),
    GUIDED(ResolutionGroup.RESOLVED),
    TRANSFERRED(ResolutionGroup.RESOLVED),
    FILED(ResolutionGroup.RESOLVED),
    ACCEPTED(ResolutionGroup.IN_PROGRESS),
    IN_PROGRESS(ResolutionGroup.IN_PROGRESS),
    EXTENDED(ResolutionGroup.IN_PROGRESS),
    SUSPENDED(ResolutionGroup.IN_PROGRESS),
    RESOLVED(ResolutionGroup.RESOLVED),
    COMMUNICATED(ResolutionGroup.RESOLVED),
    WITHDRAWN(ResolutionGroup.RESOLVED),
    TERMINATED(ResolutionGroup.RESOLVED);

    private static final Map<PetitionStatus, Set<PetitionStatus>> NEXT = new EnumMap<>(PetitionStatus.class);

    static {
        allow(RECEIVED, SORTING, GUIDED, TRANSFERRED, FILED, ACCEPTED, RESOLVED, WITHDRAWN);
        allow(SORTING, GUIDED, TRANSFERRED, FILED, ACCEPTED, RESOLVED, WITHDRAWN);
        allow(ACCEPTED, IN_PROGRESS, EXTENDED, SUSPENDED, RESOLVED, WITHDRAWN, TERMINATED);
        allow(IN_PROGRESS, EXTENDED, SUSPENDED, RESOLVED, WITHDRAWN, TERMINATED);
        allow(EXTENDED, EXTENDED, SUSPENDED, RESOLVED, WITHDRAWN, TERMINATED);
        allow(SUSPENDED, IN_PROGRESS, WITHDRAWN, TERMINATED);
        allow(RESOLVED, COMMUNICATED);
        for (PetitionStatus status : values()) {
            NEXT.putIfAbsent(status, Collections.unmodifiableSet(EnumSet.noneOf(PetitionStatus.class)));
        }
    }

    private final ResolutionGroup group;

    PetitionStatus(ResolutionGroup group) {
        this.group = group;
    }

    private static void allow(PetitionStatus from, PetitionStatus first, PetitionStatus... rest) {
        NEXT.put(from, Collections.unmodifiableSet(EnumSet.of(first, rest)));
    }

    public ResolutionGroup group() {
        return group;
    }

    /** Whether the matter still needs work, so that its due date counts (overdue, due soon, carried over). */
    public boolean open() {
        return group != ResolutionGroup.RESOLVED;
    }

    /** Whether the clock runs: open and not suspended. */
    public boolean clockRunning() {
        return open() && this != SUSPENDED;
    }

    public Set<PetitionStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(PetitionStatus target) {
        return NEXT.get(this).contains(target);
    }

    public static Set<PetitionStatus> openStatuses() {
        EnumSet<PetitionStatus> open = EnumSet.noneOf(PetitionStatus.class);
        for (PetitionStatus status : values()) {
            if (status.open()) {
                open.add(status);
            }
        }
        return open;
    }

    public String messageKey() {
        return "petition.status." + name().toLowerCase(Locale.ROOT);
    }
}
