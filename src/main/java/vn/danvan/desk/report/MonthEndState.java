package vn.danvan.desk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * A listed petition as it stood at the end of the month, so that a month's list made later shows the same rows the
 * same way. The stored state is taken back by the changes recorded after the month:
 * <ul>
 *   <li>status: the status before the first status change recorded after the month, unless that change carries a
 *       legal date inside the month (an acceptance, suspension, resumption, resolution or communication entered late
 *       with its real date counts on that date); with no such change, the stored status;</li>
 *   <li>resolution date and result: shown only when the petition was closed (resolved, guided, transferred, filed,
 *       withdrawn, terminated) by the end of the month;</li>
 *   <li>handling direction: none while the petition was still received or being sorted;</li>
 *   <li>due date: before an acceptance after the month, the intake due date the rules give; before an extension
 *       granted after the month, the due date that extension replaced.</li>
 * </ul>
 * What the history does not keep is shown as stored: the handling unit, and a due date moved by a resumption after
 * the month.
 * <p>
 * {@link #statusAt} and {@link #dueAt} work for any date, so that the period summary report judges a petition's
 * state at the start and at the end of a period exactly as the monthly list does at the end of a month.
 */
public final class MonthEndState {

    private MonthEndState() {
    }

    static MonthlyListRow of(ListedPetition p, List<LaterChange> later, YearMonth month,
                             Function<ListedPetition, Optional<LocalDate>> intakeDue) {
        LocalDate end = month.atEndOfMonth();
        PetitionStatus status = statusAt(p.stored(), later, end);
        boolean closed = !status.open();
        boolean undecided = status == PetitionStatus.RECEIVED || status == PetitionStatus.SORTING;
        LocalDate resolved = p.resolvedDate() != null && !p.resolvedDate().isAfter(end) ? p.resolvedDate() : null;
        String result = closed ? firstNonBlank(p.resultText(), p.statusReason()) : null;
        boolean transferred = status == PetitionStatus.TRANSFERRED;
        return new MonthlyListRow(p.id(), p.code(), p.receivedDate(), p.petitionerName(), p.idNumber(),
                p.villageName(), p.address(), p.peopleCount(), p.channel(), p.kind(), p.fieldName(), p.summary(),
                undecided ? null : p.direction(), p.handlingUnitName(), dueAt(p.stored(), later, end, () -> intakeDue.apply(p)), status,
                resolved, result, transferred ? p.transferAgency() : null, transferred ? p.transferDocNo() : null,
                p.note(), p.receivedDate().isBefore(month.atDay(1)), p.anonymous(), p.identityProtected(), false);
    }

    /**
     * The status at the end of day {@code end}: the stored status taken back by {@code later}, the changes recorded
     * after that day (a change recorded later that carries a legal date on or before {@code end} counts on that date).
     */
    public static PetitionStatus statusAt(StoredDates p, List<LaterChange> later, LocalDate end) {
        List<LaterChange.StatusChanged> changes = later.stream()
                .filter(LaterChange.StatusChanged.class::isInstance).map(LaterChange.StatusChanged.class::cast)
                .sorted(Comparator.comparing(LaterChange.StatusChanged::recordedAt)).toList();
        for (LaterChange.StatusChanged change : changes) {
            if (!datedWithin(p, change, end)) {
                return change.from() == null ? PetitionStatus.RECEIVED : change.from();
            }
        }
        return p.status();
    }

    /** Whether a change recorded after the month carries a legal date on or before its last day. */
    private static boolean datedWithin(StoredDates p, LaterChange.StatusChanged change, LocalDate end) {
        LocalDate legal = switch (change.to()) {
            case ACCEPTED -> p.acceptedDate();
            case SUSPENDED -> p.suspendedDate();
            case IN_PROGRESS -> change.from() == PetitionStatus.SUSPENDED ? p.resumedDate() : null;
            case RESOLVED -> p.resolvedDate();
            case COMMUNICATED -> p.communicatedDate();
            default -> null;
        };
        return legal != null && !legal.isAfter(end);
    }

    /**
     * The due date at the end of day {@code end}: before an acceptance after that day, the intake due date
     * ({@code intakeDue}); before an extension granted after it, the due date that extension replaced.
     */
    public static LocalDate dueAt(StoredDates p, List<LaterChange> later, LocalDate end,
                                  Supplier<Optional<LocalDate>> intakeDue) {
        if (p.acceptedDate() != null && p.acceptedDate().isAfter(end)) {
            return intakeDue.get().orElse(p.dueDate());
        }
        return later.stream()
                .filter(LaterChange.Extended.class::isInstance).map(LaterChange.Extended.class::cast)
                .filter(e -> e.extendedOn().isAfter(end))
                .min(Comparator.comparing(LaterChange.Extended::extendedOn))
                .map(LaterChange.Extended::previousDue)
                .orElse(p.dueDate());
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
