package vn.danvan.desk.report.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;

/**
 * The period summary report (báo cáo tổng hợp, domain.md §3). Every petition figure counts the petitions of the
 * period: those received in it ({@code from}–{@code to}) and those carried over (received before {@code from} and
 * still open at its start, judged from the history as the monthly list judges it), never voided ones; each is counted
 * once, as it stood at the end of the {@code cutOff} day ({@code to}, or today while the period runs).
 *
 * @param overall               carried over + received = total = resolved + in progress + not resolved
 * @param carriedOverStillOpen  the carried-over petitions still open at the cut-off (for a calendar month: the
 *                              monthly list's "kỳ trước chuyển sang" rows)
 * @param overdue               open, clock running (not suspended), and due before the cut-off day
 * @param withinCompetence      decided as within the office's competence by the cut-off (accepted, answered on the spot)
 * @param outsideCompetence     decided as outside it (guided, transferred, returned, filed)
 * @param resolvedWithinCompetence within competence and resolved by the cut-off
 * @param byDirection           the handling direction decided by the cut-off, per direction
 * @param closedWithoutDirection closed or in progress with no direction recorded (e.g. withdrawn before a decision)
 * @param singleSigner          one signer (or anonymous); {@code multipleSigners}: a group or several signers
 */
public record PeriodSummary(ReportPeriod period, PeriodBoundary boundary, LocalDate from, LocalDate to,
                            LocalDate cutOff, OfficeProfile office, LocalDate issuedOn, Tally overall,
                            int carriedOverStillOpen, int overdue, int withinCompetence, int outsideCompetence,
                            int resolvedWithinCompetence, Map<HandlingDirection, Integer> byDirection,
                            int closedWithoutDirection, Map<PetitionKind, Tally> byKind,
                            Map<PetitionChannel, Tally> byChannel, List<NamedTally> byField,
                            List<NamedTally> byVillage, Tally singleSigner, Tally multipleSigners,
                            DialogueFigures dialogues) {

    public PeriodSummary {
        byDirection = Map.copyOf(byDirection);
        byKind = Map.copyOf(byKind);
        byChannel = Map.copyOf(byChannel);
        byField = List.copyOf(byField);
        byVillage = List.copyOf(byVillage);
    }

    public int carriedOver() {
        return overall.carriedOver();
    }

    public int received() {
        return overall.received();
    }

    public int total() {
        return overall.total();
    }

    /** Carried over and closed within the period. */
    public int carriedOverClosed() {
        return carriedOver() - carriedOverStillOpen;
    }

    /** Handled (đã xử lý): a handling decision was taken or the matter closed by the cut-off — all but "not yet resolved". */
    public int handled() {
        return overall.resolved() + overall.inProgress();
    }

    /** Handled / total, or null when there is no petition. */
    public Double handlingRate() {
        return rate(handled(), total());
    }

    /** Resolved within competence / within competence, or null when none is within competence. */
    public Double settlementRate() {
        return rate(resolvedWithinCompetence, withinCompetence);
    }

    public int direction(HandlingDirection direction) {
        return byDirection.getOrDefault(direction, 0);
    }

    /** Whether the period is over (its figures are final); otherwise they stand at today. */
    public boolean complete() {
        return cutOff.equals(to);
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
