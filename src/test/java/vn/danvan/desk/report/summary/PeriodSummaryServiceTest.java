package vn.danvan.desk.report.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.OpinionOutcome;
import vn.danvan.desk.dialogue.SessionDraft;
import vn.danvan.desk.petition.Competence;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.ResolutionGroup;
import vn.danvan.desk.report.summary.SummaryFixtures.Expected;
import vn.danvan.desk.report.summary.SummaryFixtures.In;
import vn.danvan.desk.security.Actor;

/**
 * Every figure of the third quarter's summary against a count made here from the story's hand-written expectations
 * ({@link SummaryFixtures}): plain filters over a list, no SQL, no code of the report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodSummaryServiceTest {

    @TempDir
    static Path folder;
    SummaryFixtures data;
    PeriodSummary summary;
    List<Expected> counted;

    @BeforeAll
    void tellTheStory() {
        data = new SummaryFixtures(folder.resolve("db")).story();
        summary = data.services.periodSummary().summary(SummaryFixtures.Q3);
        counted = data.counted();
    }

    @AfterAll
    void close() {
        data.services.close();
    }

    long count(Predicate<Expected> which) {
        return counted.stream().filter(which).count();
    }

    Tally tally(Predicate<Expected> which) {
        List<Expected> lines = counted.stream().filter(which).toList();
        return new Tally((int) lines.stream().filter(e -> e.in() == In.CARRIED).count(),
                (int) lines.stream().filter(e -> e.in() == In.RECEIVED).count(),
                (int) lines.stream().filter(e -> e.group() == ResolutionGroup.RESOLVED).count(),
                (int) lines.stream().filter(e -> e.group() == ResolutionGroup.IN_PROGRESS).count(),
                (int) lines.stream().filter(e -> e.group() == ResolutionGroup.NOT_RESOLVED).count());
    }

    @Test
    void periodDatesAndCutOff() {
        assertThat(summary.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(summary.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(summary.cutOff()).isEqualTo(summary.to());
        assertThat(summary.complete()).isTrue();
        assertThat(summary.boundary()).isEqualTo(PeriodBoundary.CALENDAR);
    }

    @Test
    void carriedOverReceivedAndTotal() {
        assertThat(counted).hasSize(17); // the story's own sanity: 5 carried over, 12 received
        assertThat(summary.carriedOver()).isEqualTo(count(e -> e.in() == In.CARRIED)).isEqualTo(5);
        assertThat(summary.received()).isEqualTo(count(e -> e.in() == In.RECEIVED)).isEqualTo(12);
        assertThat(summary.total()).isEqualTo(counted.size());
        assertThat(summary.carriedOverStillOpen())
                .isEqualTo(count(e -> e.in() == In.CARRIED && e.group() != ResolutionGroup.RESOLVED));
        assertThat(summary.carriedOverClosed())
                .isEqualTo(count(e -> e.in() == In.CARRIED && e.group() == ResolutionGroup.RESOLVED));
    }

    @Test
    void resolutionGroupsOverdueAndRates() {
        assertThat(summary.overall()).isEqualTo(tally(e -> true));
        assertThat(summary.overdue()).isEqualTo(count(Expected::overdue)).isEqualTo(8);
        long handled = count(e -> e.group() != ResolutionGroup.NOT_RESOLVED);
        assertThat(summary.handled()).isEqualTo(handled);
        assertThat(summary.handlingRate()).isEqualTo((double) handled / counted.size());
        long within = count(e -> e.competence() == Competence.WITHIN);
        long resolvedWithin = count(e -> e.competence() == Competence.WITHIN && e.group() == ResolutionGroup.RESOLVED);
        assertThat(summary.withinCompetence()).isEqualTo(within).isEqualTo(5);
        assertThat(summary.resolvedWithinCompetence()).isEqualTo(resolvedWithin).isEqualTo(2);
        assertThat(summary.outsideCompetence()).isEqualTo(count(e -> e.competence() == Competence.OUTSIDE));
        assertThat(summary.settlementRate()).isEqualTo((double) resolvedWithin / within);
    }

    @Test
    void handlingResultsPerDirection() {
        for (HandlingDirection direction : HandlingDirection.values()) {
            assertThat(summary.direction(direction)).as(direction.name())
                    .isEqualTo(count(e -> e.direction() == direction));
        }
        assertThat(summary.closedWithoutDirection())
                .isEqualTo(count(e -> e.direction() == null && e.group() != ResolutionGroup.NOT_RESOLVED))
                .isEqualTo(1);
        int decided = summary.byDirection().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(decided + summary.closedWithoutDirection() + summary.overall().notResolved())
                .isEqualTo(summary.total());
    }

    @Test
    void byKindAndChannel() {
        for (PetitionKind kind : PetitionKind.values()) {
            assertThat(summary.byKind().get(kind)).as(kind.name()).isEqualTo(tally(e -> e.kind() == kind));
            assertThat(summary.byKind().get(kind).total()).as(kind.name()).isPositive();
        }
        for (PetitionChannel channel : PetitionChannel.values()) {
            assertThat(summary.byChannel().get(channel)).as(channel.name())
                    .isEqualTo(tally(e -> e.channel() == channel));
            assertThat(summary.byChannel().get(channel).total()).as(channel.name()).isPositive();
        }
    }

    @Test
    void byFieldWithTheLineOfPetitionsWithout() {
        Map<UUID, Tally> byField = summary.byField().stream()
                .collect(Collectors.toMap(l -> l.id() == null ? NONE : l.id(), NamedTally::tally));
        for (Map.Entry<String, UUID> field : data.fields.entrySet()) {
            assertThat(byField.get(field.getValue())).as(field.getKey())
                    .isEqualTo(tally(e -> field.getKey().equals(e.field())));
        }
        assertThat(byField.get(NONE)).isEqualTo(tally(e -> e.field() == null));
        assertThat(byField.get(NONE).total()).isEqualTo(1);
        // every active field is listed, unused ones with zeros, the line without a field last
        assertThat(summary.byField()).hasSize(data.services.fields().all().size() + 1);
        assertThat(summary.byField().get(summary.byField().size() - 1).id()).isNull();
        assertThat(summary.byField().stream().mapToInt(l -> l.tally().total()).sum()).isEqualTo(summary.total());
    }

    @Test
    void byVillageWithTheLineOfPetitionsWithout() {
        Map<UUID, Tally> byVillage = summary.byVillage().stream()
                .collect(Collectors.toMap(l -> l.id() == null ? NONE : l.id(), NamedTally::tally));
        for (Map.Entry<String, UUID> village : data.villages.entrySet()) {
            assertThat(byVillage.get(village.getValue())).as(village.getKey())
                    .isEqualTo(tally(e -> village.getKey().equals(e.village())));
        }
        assertThat(byVillage.get(NONE)).isEqualTo(tally(e -> e.village() == null));
        assertThat(summary.byVillage().stream().map(NamedTally::name).toList())
                .containsExactly("Thôn Bắc", "Thôn Đông", "Tổ dân phố 2", null); // the catalog's order: by name
    }

    @Test
    void singleAndMultipleSigners() {
        assertThat(summary.singleSigner()).isEqualTo(tally(e -> !e.multipleSigners()));
        assertThat(summary.multipleSigners()).isEqualTo(tally(Expected::multipleSigners));
        assertThat(summary.multipleSigners().total()).isEqualTo(2); // the group C6 and the three signers of R4
    }

    @Test
    void dialoguesHeldInTheQuarter() {
        List<SessionDraft> held = data.sessions.entrySet().stream()
                .filter(s -> !s.getKey().equals(data.voidedSession))
                .map(Map.Entry::getValue)
                .filter(s -> !s.date().isBefore(summary.from()) && !s.date().isAfter(summary.to()))
                .toList();
        DialogueFigures d = summary.dialogues();
        assertThat(d.sessions()).isEqualTo(held.size()).isEqualTo(2);
        for (DialogueKind kind : DialogueKind.values()) {
            assertThat(d.sessionsByKind().get(kind)).as(kind.name())
                    .isEqualTo(held.stream().filter(s -> s.kind() == kind).count());
        }
        assertThat(d.citizens()).isEqualTo(held.stream().mapToInt(SessionDraft::citizensCount).sum());
        assertThat(d.opinions()).isEqualTo(held.stream().mapToInt(s -> s.opinions().size()).sum());
        assertThat(d.answeredOnSpot()).isEqualTo(held.stream().flatMap(s -> s.opinions().stream())
                .filter(o -> o.outcome() == OpinionOutcome.ANSWERED).count());
        assertThat(d.followUp()).isEqualTo(held.stream().flatMap(s -> s.opinions().stream())
                .filter(o -> o.outcome() == OpinionOutcome.FOLLOW_UP).count());
    }

    @Test
    void aPeriodNotYetBegunIsRefusedAndTheRunningOneStandsAtToday() {
        var service = data.services.periodSummary();
        assertThatThrownBy(() -> service.summary(ReportPeriod.parse("2026-12").orElseThrow()))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).messageKey())
                .isEqualTo("error.summary.future");
        PeriodSummary year = service.summary(ReportPeriod.parse("2026").orElseThrow());
        assertThat(year.cutOff()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(year.complete()).isFalse();
        // the year holds every petition of the story received in 2026 and not voided
        assertThat(year.total()).isEqualTo(data.expected.stream().filter(e -> !e.name().equals("A3")).count());
    }

    @Test
    void onlyAnAdministratorChangesTheBoundaryRule() {
        var service = data.services.periodSummary();
        assertThatThrownBy(() -> service.setBoundary(PeriodBoundary.FIFTEENTH, new Actor(null, "canbo", false)))
                .isInstanceOf(UserException.class);
        assertThat(service.boundary()).isEqualTo(PeriodBoundary.CALENDAR);
    }

    private static final UUID NONE = new UUID(0, 0);

    static {
        Objects.requireNonNull(NONE);
    }
}
