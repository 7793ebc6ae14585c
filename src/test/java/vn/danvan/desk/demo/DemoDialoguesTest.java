package vn.danvan.desk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_CHAIR;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.dialogue.Chair;
import vn.danvan.desk.dialogue.DialogueFilter;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.OpinionDraft;
import vn.danvan.desk.dialogue.SessionDraft;
import vn.danvan.desk.dialogue.SessionSummary;
import vn.danvan.desk.security.Actor;

/** generate-demo's dialogue sessions: a realistic number per year and kind, opinions linked to DIALOGUE petitions. */
class DemoDialoguesTest {

    @TempDir
    Path folder;
    AppServices services;
    DSLContext dsl;
    LocalDate today;

    @BeforeEach
    void generate() {
        try (AppServices setUp = TestServices.openSetUp(folder)) {
            today = setUp.officeClock().today();
            var result = setUp.demoData().generate(3000, 7, done -> { });
            assertThat(result.sessions()).isBetween(330, 420);
        }
        services = TestServices.open(folder);
        dsl = services.database().dsl();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void everyYearHasItsSessionsOfEachKind() {
        Map<Integer, Map<String, Integer>> byYear = dsl.select(DSL.year(DIALOGUE_SESSION.SESSION_DATE),
                        DIALOGUE_SESSION.KIND, DSL.count())
                .from(DIALOGUE_SESSION)
                .groupBy(DSL.year(DIALOGUE_SESSION.SESSION_DATE), DIALOGUE_SESSION.KIND)
                .fetchGroups(r -> r.value1(), r -> Map.entry(r.value2(), r.value3()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        for (int year = today.getYear() - 10; year <= today.getYear(); year++) {
            assertThat(byYear).as("sessions in %d", year).containsKey(year);
        }
        for (int year = today.getYear() - 9; year < today.getYear(); year++) { // the full years
            Map<String, Integer> kinds = byYear.get(year);
            assertThat(kinds.get(DialogueKind.ANNUAL_CONFERENCE.name())).as("conferences %d", year).isEqualTo(1);
            assertThat(kinds.get(DialogueKind.LEADER_DIALOGUE.name())).isBetween(2, 4);
            assertThat(kinds.get(DialogueKind.RECEPTION_PERIODIC.name())).as("reception days %d", year)
                    .isBetween(22, 26);
            assertThat(kinds.getOrDefault(DialogueKind.RECEPTION_AD_HOC.name(), 0)).isBetween(0, 4);
            assertThat(kinds.get(DialogueKind.VOTER_CONTACT.name())).isBetween(2, 4);
            assertThat(kinds.get(DialogueKind.COMPLAINT_DIALOGUE.name())).isBetween(1, 4);
        }
        // the Party secretary holds the periodic reception days, on weekdays
        assertThat(dsl.fetchCount(DIALOGUE_SESSION.join(DIALOGUE_CHAIR).on(DIALOGUE_CHAIR.SESSION_ID
                        .eq(DIALOGUE_SESSION.ID)), DIALOGUE_SESSION.KIND.eq(DialogueKind.RECEPTION_PERIODIC.name()),
                DIALOGUE_CHAIR.TITLE.ne("Bí thư Đảng ủy xã"))).isZero();
        assertThat(dsl.select(DIALOGUE_SESSION.SESSION_DATE).from(DIALOGUE_SESSION)
                .where(DIALOGUE_SESSION.KIND.eq(DialogueKind.RECEPTION_PERIODIC.name())).fetch(r -> r.value1()))
                .allSatisfy(day -> assertThat(day.getDayOfWeek().getValue()).isLessThanOrEqualTo(5))
                .allSatisfy(day -> assertThat(day).isBetween(today.minusYears(10), today));
    }

    @Test
    void everyFollowUpOpinionIsADialoguePetitionLinkedBackToItsSessionOnItsDay() {
        List<Integer> perSession = dsl.select(DSL.count(OPINION.ID)).from(DIALOGUE_SESSION)
                .leftJoin(OPINION).on(OPINION.SESSION_ID.eq(DIALOGUE_SESSION.ID))
                .groupBy(DIALOGUE_SESSION.ID).fetch(r -> r.value1());
        assertThat(perSession).allSatisfy(n -> assertThat(n).isBetween(3, 25));

        int linked = dsl.fetchCount(OPINION, OPINION.PETITION_ID.isNotNull());
        assertThat(linked).isGreaterThan(100);
        assertThat(dsl.fetchCount(OPINION, OPINION.OUTCOME.eq("FOLLOW_UP"), OPINION.PETITION_ID.isNull())).isZero();
        assertThat(dsl.fetchCount(OPINION, OPINION.OUTCOME.eq("ANSWERED"),
                OPINION.PETITION_ID.isNotNull().or(OPINION.ANSWER.isNull()))).isZero();
        assertThat(dsl.fetchCount(OPINION, OPINION.OUTCOME.eq("ANSWERED"))).isGreaterThan(linked);
        // each linked petition: channel DIALOGUE, its session's day, pointing back at the opinion's session
        assertThat(dsl.fetchCount(OPINION.join(PETITION).on(PETITION.ID.eq(OPINION.PETITION_ID))
                        .join(DIALOGUE_SESSION).on(DIALOGUE_SESSION.ID.eq(OPINION.SESSION_ID)),
                PETITION.DIALOGUE_SESSION_ID.eq(OPINION.SESSION_ID), PETITION.CHANNEL.eq("DIALOGUE"),
                PETITION.RECEIVED_DATE.eq(DIALOGUE_SESSION.SESSION_DATE), PETITION.SUMMARY.eq(OPINION.CONTENT),
                PETITION.FIELD_ID.eq(OPINION.FIELD_ID))).isEqualTo(linked);
        // and no petition claims a session without the opinion it came from
        assertThat(dsl.fetchCount(PETITION, PETITION.DIALOGUE_SESSION_ID.isNotNull())).isEqualTo(linked);
        // a denouncer is never named in the session's opinions
        assertThat(dsl.fetchCount(OPINION.join(PETITION).on(PETITION.ID.eq(OPINION.PETITION_ID)),
                PETITION.CONFIDENTIAL.isTrue(), OPINION.SPEAKER_NAME.isNotNull()
                        .or(OPINION.SPEAKER_CITIZEN_ID.isNotNull()))).isZero();
    }

    @Test
    void theSessionListCountsTheDemoOpinionsAndNewSessionsContinueTheNumbers() {
        List<SessionSummary> lastYear = services.dialogues().list(DialogueFilter.year(today.getYear() - 1), 500);
        assertThat(lastYear).hasSizeBetween(30, 45);
        assertThat(lastYear).allSatisfy(s -> {
            assertThat(s.raised()).isEqualTo(s.answered() + s.followUp());
            assertThat(s.resolved()).isBetween(0, s.followUp());
            assertThat(s.chairs()).isNotBlank();
            assertThat(s.code()).matches("DT-" + (today.getYear() - 1) + "-\\d{3}");
        });
        assertThat(lastYear.stream().mapToInt(SessionSummary::resolved).sum()).isPositive();

        int thisYear = services.dialogues().list(DialogueFilter.year(today.getYear()), 500).size();
        var village = services.villages().all().get(0).id();
        var field = services.fields().all().get(0).id();
        SessionDraft draft = new SessionDraft(null, 0, DialogueKind.RECEPTION_AD_HOC, today, LocalTime.of(8, 0),
                LocalTime.of(9, 0), "Trụ sở tiếp công dân xã", List.of(village),
                List.of(new Chair("Nguyễn Văn An", "Chủ tịch UBND xã")), null, 2, 2, null, null, null, null, null,
                null, List.of(OpinionDraft.followUp("Lê Văn Bình", village, field, "Đề nghị sửa cống")), List.of());
        assertThat(services.dialogues().save(draft, Actor.system()).code())
                .isEqualTo(String.format("DT-%d-%03d", today.getYear(), thisYear + 1));
    }
}
