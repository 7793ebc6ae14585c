package vn.danvan.desk.petition.deadline;

import java.time.LocalDate;
import vn.danvan.desk.calendar.WorkingDays;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.danvan.desk.petition.PetitionKind;

/**
 * Computes due dates from the office's rules and working calendar. Both are read through suppliers, so a change
 * of a rule or a holiday applies to the next computation.
 */
public final class PetitionDeadlines {

    /** "Due soon" means at most this many working days left. */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    private final Supplier<DeadlineRules> rules;
    private final Supplier<WorkingDays> calendar;

    public PetitionDeadlines(Supplier<DeadlineRules> rules, Supplier<WorkingDays> calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** Due date of a received petition: the earlier of the classify and notify limits. */
    public Optional<LocalDate> intakeDue(PetitionKind kind, LocalDate received) {
        DeadlineRules current = rules.get();
        WorkingDays days = calendar.get();
        return Stream.of(DeadlineStep.CLASSIFY, DeadlineStep.NOTIFY)
                .map(step -> current.find(kind, step, DeadlineVariant.NORMAL))
                .flatMap(Optional::stream)
                .map(rule -> rule.dueFrom(received, days))
                .min(Comparator.naturalOrder());
    }

    /** Due date to transfer a denunciation outside the office's competence, counted from the sorting date. */
    public Optional<LocalDate> transferDue(PetitionKind kind, LocalDate sorted) {
        return rules.get().find(kind, DeadlineStep.TRANSFER, DeadlineVariant.NORMAL)
                .map(rule -> rule.dueFrom(sorted, calendar.get()));
    }

    /** Due date to settle an accepted matter (a second complaint has its own, longer limits). */
    public Optional<LocalDate> settleDue(PetitionKind kind, Integer complaintRound, boolean complex, boolean remote,
                                         LocalDate accepted) {
        DeadlineStep step = kind == PetitionKind.COMPLAINT && complaintRound != null && complaintRound == 2
                ? DeadlineStep.SETTLE_SECOND : DeadlineStep.SETTLE;
        return rules.get().find(kind, step, DeadlineVariant.of(complex, remote))
                .map(rule -> rule.dueFrom(accepted, calendar.get()));
    }

    /**
     * The due date after a suspension: the clock stopped from the suspension date to the resumption date, so the
     * due date moves by those days, then to a working day.
     */
    public LocalDate afterSuspension(LocalDate due, LocalDate suspended, LocalDate resumed) {
        long stopped = Math.max(0, ChronoUnit.DAYS.between(suspended, resumed));
        return calendar.get().addCalendarDays(due, Math.toIntExact(stopped));
    }

    /** The last date that still counts as "due soon" seen from {@code today}. */
    public LocalDate dueSoonLimit(LocalDate today) {
        return calendar.get().addWorkingDays(today, DUE_SOON_WORKING_DAYS);
    }

    /** Where a due date stands today, for a petition whose clock runs. */
    public DeadlineState state(LocalDate due, LocalDate today) {
        if (due == null) {
            return DeadlineState.NONE;
        }
        if (due.isBefore(today)) {
            return DeadlineState.OVERDUE;
        }
        return due.isAfter(dueSoonLimit(today)) ? DeadlineState.ON_TIME : DeadlineState.DUE_SOON;
    }
}
