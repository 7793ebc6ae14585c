package vn.danvan.desk.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.petition.deadline.DayType;
import vn.danvan.desk.petition.deadline.DeadlineRule;
import vn.danvan.desk.petition.deadline.DeadlineRules;
import vn.danvan.desk.petition.deadline.DeadlineStep;
import vn.danvan.desk.petition.deadline.DeadlineVariant;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;

class PetitionTransitionsTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final UUID UNIT = UUID.randomUUID();

    private final PetitionDeadlines deadlines = new PetitionDeadlines(() -> new DeadlineRules(List.of(
            rule(PetitionKind.COMPLAINT, DeadlineStep.SETTLE, DeadlineVariant.NORMAL, 30),
            rule(PetitionKind.COMPLAINT, DeadlineStep.SETTLE, DeadlineVariant.COMPLEX, 45),
            rule(PetitionKind.COMPLAINT, DeadlineStep.SETTLE_SECOND, DeadlineVariant.NORMAL, 45))),
            WeekendsOnly::new);
    private final PetitionTransitions transitions = new PetitionTransitions(deadlines);

    static DeadlineRule rule(PetitionKind kind, DeadlineStep step, DeadlineVariant variant, int days) {
        return new DeadlineRule(UUID.randomUUID(), kind, step, variant, days, DayType.CALENDAR, "test");
    }

    /** A complaint in {@code status}, with the dates that status implies. */
    static Petition complaint(PetitionStatus status) {
        LocalDate suspended = status == PetitionStatus.SUSPENDED ? LocalDate.of(2026, 11, 2) : null;
        LocalDate resolved = status == PetitionStatus.RESOLVED ? LocalDate.of(2026, 11, 10) : null;
        return new Petition(UUID.randomUUID(), "KN-2026-00001", 0, RECEIVED, PetitionChannel.POST,
                PetitionKind.COMPLAINT, 1, UUID.randomUUID(), "Đất đai", "Tranh chấp ranh giới đất", 1, false,
                false, false, Identity.anonymous(), null, null, 1, null, null, null, null, null, null, status, null,
                null, LocalDate.of(2026, 11, 13), suspended, null, resolved, null, null, null, null, false, false,
                false, null, null, false, null, Instant.EPOCH);
    }

    /** A change to {@code target} filled with everything that step may need. */
    static StatusChange complete(PetitionStatus target) {
        return StatusChange.to(target).date(LocalDate.of(2026, 11, 20)).note("Lý do / ghi chú").unit(UNIT)
                .agency("UBND tỉnh").docNo("12/TB-UBND").newDueDate(LocalDate.of(2026, 12, 31))
                .result("Đã giải quyết xong").satisfaction(Satisfaction.SATISFIED);
    }

    static Stream<Arguments> everyPair() {
        return Stream.of(PetitionStatus.values()).flatMap(from -> Stream.of(PetitionStatus.values())
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyTransitionIsAllowedOrRefusedByTheTable(PetitionStatus from, PetitionStatus to) {
        Petition current = complaint(from);
        if (from.canMoveTo(to)) {
            assertThat(transitions.apply(current, complete(to), TODAY).status()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> transitions.apply(current, complete(to), TODAY))
                    .isInstanceOf(UserException.class)
                    .extracting(e -> ((UserException) e).messageKey()).isEqualTo("error.petition.transition");
        }
    }

    @Test
    void theWorkflowOfDomainSection23IsReachableEndToEnd() {
        assertThat(PetitionStatus.RECEIVED.next()).contains(PetitionStatus.SORTING);
        assertThat(PetitionStatus.SORTING.next()).contains(PetitionStatus.GUIDED, PetitionStatus.TRANSFERRED,
                PetitionStatus.FILED, PetitionStatus.ACCEPTED);
        assertThat(PetitionStatus.ACCEPTED.next()).contains(PetitionStatus.IN_PROGRESS);
        assertThat(PetitionStatus.IN_PROGRESS.next()).contains(PetitionStatus.EXTENDED, PetitionStatus.SUSPENDED,
                PetitionStatus.RESOLVED, PetitionStatus.WITHDRAWN, PetitionStatus.TERMINATED);
        assertThat(PetitionStatus.RESOLVED.next()).containsExactly(PetitionStatus.COMMUNICATED);
        assertThat(PetitionStatus.COMMUNICATED.next()).isEmpty();
        assertThat(PetitionStatus.WITHDRAWN.next()).isEmpty();
    }

    @Test
    void acceptingSetsTheUnitAndASettlementDueDateFromTheAcceptanceDate() {
        LocalDate accepted = LocalDate.of(2026, 11, 2);
        PetitionState next = transitions.apply(complaint(PetitionStatus.SORTING),
                StatusChange.to(PetitionStatus.ACCEPTED).date(accepted).unit(UNIT), TODAY);
        assertThat(next.acceptedDate()).isEqualTo(accepted);
        assertThat(next.handlingUnitId()).isEqualTo(UNIT);
        assertThat(next.competence()).isEqualTo(Competence.WITHIN);
        assertThat(next.direction()).isEqualTo(HandlingDirection.ACCEPT);
        // 2 Nov + 30 days = 2 Dec 2026, a Wednesday
        assertThat(next.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void eachStepRefusesAMissingRequiredInput() {
        assertRefused(PetitionStatus.SORTING, StatusChange.to(PetitionStatus.ACCEPTED).date(TODAY),
                "validation.required");
        assertRefused(PetitionStatus.SORTING, StatusChange.to(PetitionStatus.TRANSFERRED).agency("UBND tỉnh"),
                "validation.required");
        assertRefused(PetitionStatus.SORTING, StatusChange.to(PetitionStatus.FILED), "validation.required");
        assertRefused(PetitionStatus.IN_PROGRESS, StatusChange.to(PetitionStatus.EXTENDED).date(TODAY).docNo("1"),
                "validation.required");
        assertRefused(PetitionStatus.IN_PROGRESS, StatusChange.to(PetitionStatus.RESOLVED).date(TODAY),
                "validation.required");
        assertRefused(PetitionStatus.RESOLVED, StatusChange.to(PetitionStatus.COMMUNICATED), "validation.required");
        assertRefused(PetitionStatus.IN_PROGRESS, StatusChange.to(PetitionStatus.WITHDRAWN).note("  "),
                "validation.required");
    }

    @Test
    void datesAreCheckedAgainstTodayAndTheRecordsOwnDates() {
        assertRefused(PetitionStatus.IN_PROGRESS,
                StatusChange.to(PetitionStatus.RESOLVED).date(TODAY.plusDays(1)).result("x"), "validation.date.future");
        assertRefused(PetitionStatus.SORTING,
                StatusChange.to(PetitionStatus.ACCEPTED).date(RECEIVED.minusDays(1)).unit(UNIT),
                "validation.date.beforeReceived");
        assertRefused(PetitionStatus.SUSPENDED,
                StatusChange.to(PetitionStatus.IN_PROGRESS).date(LocalDate.of(2026, 11, 1)),
                "validation.date.beforeSuspended");
        assertRefused(PetitionStatus.RESOLVED,
                StatusChange.to(PetitionStatus.COMMUNICATED).date(LocalDate.of(2026, 11, 9)),
                "validation.date.beforeResolved");
        assertRefused(PetitionStatus.IN_PROGRESS, StatusChange.to(PetitionStatus.EXTENDED).date(TODAY).docNo("5")
                .newDueDate(LocalDate.of(2026, 11, 13)), "validation.date.notAfterDue");
    }

    @Test
    void anExtensionMovesTheDueDateAndASuspensionStopsTheClockUntilResumption() {
        PetitionState extended = transitions.apply(complaint(PetitionStatus.IN_PROGRESS),
                StatusChange.to(PetitionStatus.EXTENDED).date(TODAY).docNo("5/QĐ")
                        .newDueDate(LocalDate.of(2026, 12, 15)), TODAY);
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));

        // due 13 Nov, suspended 2 Nov, resumed 9 Nov: 7 days stopped -> 20 Nov (a Friday)
        PetitionState resumed = transitions.apply(complaint(PetitionStatus.SUSPENDED),
                StatusChange.to(PetitionStatus.IN_PROGRESS).date(LocalDate.of(2026, 11, 9)), TODAY);
        assertThat(resumed.resumedDate()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void answeringAReceivedPetitionOnTheSpotRecordsTheDirectionAndTheResult() {
        PetitionState next = transitions.apply(complaint(PetitionStatus.RECEIVED),
                StatusChange.to(PetitionStatus.RESOLVED).date(TODAY).result("Đã trả lời trực tiếp").docNo(""),
                TODAY);
        assertThat(next.direction()).isEqualTo(HandlingDirection.ANSWER_NOW);
        assertThat(next.resultText()).isEqualTo("Đã trả lời trực tiếp");
        assertThat(next.settlementDocNo()).isNull();
        assertThat(next.status().group()).isEqualTo(ResolutionGroup.RESOLVED);
    }

    @Test
    void aVoidedPetitionTakesNoChange() {
        Petition voided = complaint(PetitionStatus.RECEIVED);
        Petition v = new Petition(voided.id(), voided.code(), 1, voided.receivedDate(), voided.channel(),
                voided.kind(), 1, null, null, voided.summary(), 1, false, false, false, voided.identity(), null, null,
                1, null, null, null, null, null, null, PetitionStatus.RECEIVED, null, null, null, null, null, null,
                null, null, null, null, false, false, false, null, null, true, "nhập nhầm", Instant.EPOCH);
        assertThatThrownBy(() -> transitions.apply(v, complete(PetitionStatus.SORTING), TODAY))
                .extracting(e -> ((UserException) e).messageKey()).isEqualTo("error.petition.voided");
    }

    private void assertRefused(PetitionStatus from, StatusChange change, String key) {
        assertThatThrownBy(() -> transitions.apply(complaint(from), change, TODAY))
                .isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).messageKey()).isEqualTo(key);
    }
}
