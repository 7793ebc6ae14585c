package vn.danvan.desk.petition;

import java.util.List;
import vn.danvan.desk.petition.deadline.DeadlineState;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;
import vn.danvan.desk.security.Actor;

/** Reads the petition list a page at a time, and the deadline figures shown in the sidebar and the rows. */
public final class PetitionBrowser {

    private final PetitionQueryRepository queries;
    private final PetitionDeadlines deadlines;
    private final OfficeClock clock;

    public PetitionBrowser(PetitionQueryRepository queries, PetitionDeadlines deadlines, OfficeClock clock) {
        this.queries = queries;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Open petitions past their due date, and those due within the next few working days. */
    public record DeadlineCounts(int overdue, int dueSoon) {
    }

    public PetitionQueryRepository.AsOf asOf() {
        return asOf(clock.today());
    }

    /** Deadlines judged as of {@code today} (the dashboard passes its own day; the bench, earlier days). */
    public PetitionQueryRepository.AsOf asOf(java.time.LocalDate today) {
        return new PetitionQueryRepository.AsOf(today, deadlines.dueSoonLimit(today));
    }

    public List<PetitionRow> page(PetitionFilter filter, PetitionSort sort, int offset, int limit, Actor actor) {
        return queries.page(filter, sort, asOf(), actor.admin(), offset, limit);
    }

    /** The exact number of petitions matching, or at least {@link PetitionQueryRepository#COUNT_CAP}. */
    public PetitionQueryRepository.ListCount count(PetitionFilter filter, Actor actor) {
        return queries.count(filter, asOf(), actor.admin());
    }

    public int overdueCount() {
        return overdueCount(asOf());
    }

    public int overdueCount(PetitionQueryRepository.AsOf asOf) {
        return queries.countOverdue(asOf);
    }

    /** Running petitions due from today to the end of the week ({@link PetitionQueryRepository.AsOf#weekLimit()}). */
    public int dueWithinWeekCount(PetitionQueryRepository.AsOf asOf) {
        return queries.countDueWithinWeek(asOf);
    }

    /** The {@code limit} petitions longest overdue, as the list shows them (confidential identities masked). */
    public List<PetitionRow> mostOverdue(PetitionQueryRepository.AsOf asOf, int limit) {
        return queries.mostOverdue(asOf, limit);
    }

    /** The {@code limit} running petitions due next from today, as the list shows them. */
    public List<PetitionRow> nextDue(PetitionQueryRepository.AsOf asOf, int limit) {
        return queries.nextDue(asOf, limit);
    }

    public DeadlineCounts deadlineCounts() {
        var asOf = asOf();
        return new DeadlineCounts(queries.countOverdue(asOf), queries.countDueSoon(asOf));
    }

    /** Where a row stands against its due date today (none when its clock does not run). */
    public DeadlineState deadlineState(PetitionRow row) {
        return deadlineState(row.status(), row.dueDate());
    }

    public DeadlineState deadlineState(PetitionStatus status, java.time.LocalDate due) {
        if (!status.clockRunning()) {
            return DeadlineState.NONE;
        }
        return deadlines.state(due, clock.today());
    }
}
