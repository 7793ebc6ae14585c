package vn.danvan.desk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.unit.HandlingUnitKind;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionEvent;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.StatusChange;
import vn.danvan.desk.security.Actor;

/** Sessions saved through the real service over a real database: petitions, links, all-or-nothing, edits. */
class DialogueServiceTest {

    static final Actor ADMIN = new Actor(null, "admin", true);
    static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    @TempDir
    Path folder;
    AppServices services;
    UUID village;
    UUID land;
    UUID environment;
    UUID unit;

    @BeforeEach
    void open() throws Exception {
        services = TestServices.openSetUp(folder);
        village = services.villages().add("Thôn Đông", VillageKind.THON).id();
        land = services.fields().all().get(0).id();
        environment = services.fields().all().get(3).id();
        unit = services.units().add("Văn phòng UBND xã", HandlingUnitKind.COMMUNE, null).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aConferenceWithTwelveOpinionsMakesEightTrackedPetitionsLinkedToIt() {
        SessionDetail saved = services.dialogues().save(conference(twelveOpinions()), ADMIN);

        assertThat(saved.code()).isEqualTo("DT-2026-001");
        assertThat(saved.draft().opinions()).hasSize(12);
        assertThat(saved.petitions()).hasSize(8);
        assertThat(saved.petitions()).extracting(LinkedPetition::opinionNumber)
                .containsExactly(2, 3, 5, 6, 8, 9, 11, 12);
        for (LinkedPetition linked : saved.petitions()) {
            Petition p = services.petitions().require(linked.petitionId());
            assertThat(p.channel()).isEqualTo(PetitionChannel.DIALOGUE);
            assertThat(p.receivedDate()).isEqualTo(DAY);
            assertThat(p.dueDate()).isAfter(DAY);
            assertThat(p.status()).isEqualTo(PetitionStatus.RECEIVED);
        }
        Petition second = services.petitions().require(saved.petitions().get(0).petitionId());
        assertThat(second.summary()).isEqualTo("Ý kiến số 2 về đường liên thôn");
        assertThat(second.identity().name()).isEqualTo("Người phát biểu 2");
        PetitionFilter fromDialogues = new PetitionFilter(null, null, null, null, null, null, null, null, null, null,
                null, true, null, false);
        assertThat(services.browser().page(fromDialogues, PetitionSort.DEFAULT, 0, 50, ADMIN)).hasSize(8);

        SessionSummary line = services.dialogues().list(DialogueFilter.year(2026), 100).get(0);
        assertThat(line).extracting(SessionSummary::raised, SessionSummary::answered, SessionSummary::followUp,
                SessionSummary::resolved).containsExactly(12, 4, 8, 0);
        assertThat(line.chairs()).isEqualTo("Nguyễn Văn An, Trần Thị Bình");
    }

    @Test
    void aListCutByItsLimitGivesItsConnectionBack() {
        services.dialogues().save(conference(twelveOpinions()), ADMIN);
        services.dialogues().save(conference(twelveOpinions()), ADMIN);

        assertThat(services.dialogues().list(DialogueFilter.all(), 1)).hasSize(1);
        // a query stream left open kept a pooled connection, and with it the database file, after closing
        assertThat(services.database().connectionsInUse()).isZero();
    }

    @Test
    void aDenouncerIsNamedOnlyInTheMaskedPetitionNeverOnTheSession() {
        List<OpinionDraft> opinions = new ArrayList<>(twelveOpinions());
        opinions.set(1, new OpinionDraft(null, null, "Người tố cáo", village, land, "Tố cáo cán bộ địa chính",
                OpinionOutcome.FOLLOW_UP, null, null, PetitionKind.DENUNCIATION, null, null));
        SessionDetail saved = services.dialogues().save(conference(opinions), ADMIN);

        assertThat(saved.draft().opinions().get(1).speakerName()).isNull();
        Petition denunciation = services.petitions().require(saved.petitions().get(0).petitionId());
        assertThat(denunciation.kind()).isEqualTo(PetitionKind.DENUNCIATION);
        assertThat(denunciation.confidential()).isTrue();
        assertThat(services.petitions().detail(denunciation.id()).petition().identity().name()).isNotEqualTo(
                "Người tố cáo");
    }

    @Test
    void resolvingThreePetitionsShowsOnTheSessionLine() {
        SessionDetail saved = services.dialogues().save(conference(twelveOpinions()), ADMIN);
        for (LinkedPetition linked : saved.petitions().subList(0, 3)) {
            Petition p = services.petitions().require(linked.petitionId());
            services.petitions().change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.RESOLVED)
                    .date(LocalDate.of(2026, 11, 20)).result("Đã trả lời bằng văn bản"), ADMIN);
        }
        assertThat(services.dialogues().list(DialogueFilter.all(), 10).get(0).resolved()).isEqualTo(3);
        assertThat(services.dialogues().require(saved.id()).petitions()).extracting(LinkedPetition::status)
                .startsWith(PetitionStatus.RESOLVED, PetitionStatus.RESOLVED, PetitionStatus.RESOLVED,
                        PetitionStatus.RECEIVED);
    }

    @Test
    void aFailureOnTheSeventhOpinionSavesNothingAtAll() {
        List<OpinionDraft> opinions = new ArrayList<>(twelveOpinions());
        // a speaker said to be on file who is not: found only when the 7th petition is written, inside the
        // transaction, after the session, six opinions and four petitions were already written
        opinions.set(6, new OpinionDraft(null, UUID.randomUUID(), null, village, land, "Ý kiến thứ bảy",
                OpinionOutcome.FOLLOW_UP, null, null, PetitionKind.RECOMMENDATION, null, null));
        assertThatThrownBy(() -> services.dialogues().save(conference(opinions), ADMIN))
                .isInstanceOf(UserException.class);

        assertThat(services.dialogues().list(DialogueFilter.all(), 10)).isEmpty();
        assertThat(services.browser().count(PetitionFilter.all(), ADMIN).count()).isZero();
        // the number was given back with the rollback
        assertThat(services.dialogues().save(conference(twelveOpinions()), ADMIN).code()).isEqualTo("DT-2026-001");
    }

    @Test
    void editingKeepsPetitionsAndRefusesToDropAnOpinionThatBecameOne() {
        SessionDetail saved = services.dialogues().save(conference(twelveOpinions()), ADMIN);
        List<UUID> petitionIds = saved.petitions().stream().map(LinkedPetition::petitionId).toList();

        List<OpinionDraft> withoutSecond = new ArrayList<>(saved.draft().opinions());
        withoutSecond.remove(1);
        assertThatThrownBy(() -> services.dialogues().save(saved.draft().withOpinions(withoutSecond), ADMIN))
                .isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).arguments()[0])
                .isEqualTo(services.petitions().require(petitionIds.get(0)).code());

        List<OpinionDraft> edited = new ArrayList<>(saved.draft().opinions());
        edited.remove(0); // answered on the spot: may go
        edited.add(OpinionDraft.followUp("Người phát biểu 13", village, environment, "Ý kiến thêm về rác thải"));
        SessionDetail again = services.dialogues().save(saved.draft().withOpinions(edited), ADMIN);

        assertThat(again.draft().opinions()).hasSize(12);
        assertThat(again.petitions()).hasSize(9);
        assertThat(again.petitions().subList(0, 8)).extracting(LinkedPetition::petitionId)
                .containsExactlyElementsOf(petitionIds);
        assertThat(again.petitions().get(0).opinionNumber()).isEqualTo(1);
        assertThat(services.browser().count(PetitionFilter.all(), ADMIN).count()).isEqualTo(9);

        // an edit from a stale copy is refused
        assertThatThrownBy(() -> services.dialogues().save(saved.draft(), ADMIN))
                .isInstanceOf(UserException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.dialogue.changedMeanwhile");
    }

    @Test
    void theConclusionNoticeSetsUnitAndDueDateOfTheAssignedPetitionsWithHistory() {
        LocalDate by = LocalDate.of(2026, 12, 15);
        List<OpinionDraft> opinions = twelveOpinions().stream()
                .map(o -> o.outcome() == OpinionOutcome.FOLLOW_UP ? o.withAssignment(1) : o).toList();
        SessionDraft draft = conference(opinions).withAssignments(List.of(
                new AssignmentDraft(unit, "Rà soát, trả lời các kiến nghị về đất đai", by, "12/TB-UBND")));
        SessionDetail saved = services.dialogues().save(draft, ADMIN);

        for (LinkedPetition linked : saved.petitions()) {
            Petition p = services.petitions().require(linked.petitionId());
            assertThat(p.handlingUnitId()).isEqualTo(unit);
            assertThat(p.dueDate()).isEqualTo(by);
            assertThat(services.petitions().detail(p.id()).history()).extracting(PetitionEvent::type)
                    .contains(PetitionEventType.DUE_DATE_CHANGED);
        }
        assertThat(saved.draft().assignments()).hasSize(1);
        assertThat(saved.draft().opinions().get(1).assignment()).isEqualTo(1);
    }

    @Test
    void problemsNameTheOpinionByItsNumber() {
        List<OpinionDraft> opinions = new ArrayList<>(twelveOpinions());
        opinions.set(6, OpinionDraft.answered(null, village, land, "Hỏi về trợ cấp", "Chủ tịch UBND xã", " "));
        opinions.set(8, OpinionDraft.followUp(null, village, null, "Chưa chọn lĩnh vực"));
        List<vn.danvan.desk.common.Problem> problems = DialogueRules.problems(conference(opinions), DAY);
        assertThat(problems).extracting(vn.danvan.desk.common.Problem::messageKey)
                .containsExactly("validation.dialogue.opinionAnswer", "validation.dialogue.opinionField");
        assertThat(problems).extracting(p -> p.arguments()[0]).containsExactly(7, 9);
        assertThat(DialogueRules.problems(conference(twelveOpinions()), DAY)).isEmpty();
        SessionDraft backwards = new SessionDraft(null, 0, DialogueKind.VOTER_CONTACT, DAY, LocalTime.of(10, 0),
                LocalTime.of(8, 0), "Nhà văn hóa", List.of(), List.of(), null, 0, 0, null, null, null, null, null,
                null, List.of(), List.of());
        assertThat(DialogueRules.problems(backwards, DAY)).extracting(vn.danvan.desk.common.Problem::messageKey)
                .containsExactly("validation.dialogue.endBeforeStart", "validation.dialogue.noChair");
    }

    @Test
    void obligationsCountTheYearsConferenceAndTheReceptionDaysOfEachMonth() {
        services.dialogues().save(conference(List.of()), ADMIN);
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 17),
                LocalDate.of(2026, 11, 17), LocalDate.of(2026, 10, 5))) {
            services.dialogues().save(new SessionDraft(null, 0, DialogueKind.RECEPTION_PERIODIC, day, null, null,
                    "Trụ sở UBND xã", List.of(), List.of(new Chair("Nguyễn Văn An", "Bí thư Đảng ủy")), null, 3, 1,
                    null, null, null, null, null, null, List.of(), List.of()), ADMIN);
        }
        DialogueObligations.Status year = services.obligations().of(2026);
        assertThat(year.conferencesHeld()).isEqualTo(1);
        assertThat(year.conferenceMet()).isTrue();
        assertThat(year.receptionDays()[10]).isEqualTo(2); // two sessions on the 17th count as one day
        assertThat(year.receptionDays()[9]).isEqualTo(1);
        assertThat(year.monthsElapsed()).isEqualTo(11);
        assertThat(year.monthsShort()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        services.obligations().setMinimums(2, 1);
        DialogueObligations.Status stricter = services.obligations().of(2026);
        assertThat(stricter.conferenceMet()).isFalse();
        assertThat(stricter.monthsShort()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(services.obligations().of(2025).monthsShort()).hasSize(12);
        assertThatThrownBy(() -> services.obligations().setMinimums(-1, 2)).isInstanceOf(UserException.class);
    }

    @Test
    void theMinutesPdfHoldsTheLayoutEveryOpinionWithItsAnswerOrPetitionAndBothSignatures() throws Exception {
        LocalDate by = LocalDate.of(2026, 12, 15);
        List<OpinionDraft> opinions = twelveOpinions().stream()
                .map(o -> o.outcome() == OpinionOutcome.FOLLOW_UP ? o.withAssignment(1) : o).toList();
        SessionDetail saved = services.dialogues().save(conference(opinions).withAssignments(List.of(
                new AssignmentDraft(unit, "Rà soát, trả lời các kiến nghị", by, "12/TB-UBND"))), ADMIN);
        Path pdf = folder.resolve(MinutesService.fileName(saved.code()));

        services.minutes().write(saved.id(), pdf);

        String text;
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString())) {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            text = all.toString().replaceAll("\\s+", " ");
        }
        assertThat(pdf.getFileName().toString()).isEqualTo("bien-ban-DT-2026-001.pdf");
        // the font is embedded (a font file in the PDF), so Vietnamese renders on any machine
        assertThat(new String(java.nio.file.Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/FontFile2");
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN",
                "ngày 10 tháng 11 năm 2026", "Hồi 8 giờ 00", "Nhà văn hóa Thôn Đông",
                "Nguyễn Văn An, Bí thư Đảng ủy; Trần Thị Bình, Chủ tịch UBND xã", "40 người dân, 9 cán bộ",
                "Thư ký: Lê Văn Cường", "THƯ KÝ", "CHỦ TRÌ", "BÍ THƯ ĐẢNG ỦY", "kết thúc hồi 11 giờ 00",
                "Văn phòng UBND xã: Rà soát, trả lời các kiến nghị", "thời hạn 15/12/2026", "12/TB-UBND");
        for (int i = 1; i <= 12; i++) {
            assertThat(text).contains("Người phát biểu " + i + " (Thôn Đông)");
        }
        assertThat(text.split("Trả lời tại chỗ \\(Chủ tịch UBND xã\\): Đã giải thích chính sách", -1)).hasSize(5);
        for (LinkedPetition linked : saved.petitions()) {
            assertThat(text).contains("(đơn " + linked.code() + ")");
        }
        // a failed write leaves no file and no part file behind
        Path readOnly = folder.resolve("missing-folder").resolve("x.pdf");
        assertThatThrownBy(() -> services.minutes().write(saved.id(), readOnly)).isInstanceOf(RuntimeException.class);
        assertThat(java.nio.file.Files.list(folder).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.endsWith(".part"));
    }

    /** Twelve opinions: every third one answered on the spot (1, 4, 7, 10), the others to follow up. */
    private List<OpinionDraft> twelveOpinions() {
        List<OpinionDraft> opinions = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            opinions.add(i % 3 == 1
                    ? OpinionDraft.answered("Người phát biểu " + i, village, land, "Câu hỏi số " + i,
                    "Chủ tịch UBND xã", "Đã giải thích chính sách")
                    : OpinionDraft.followUp("Người phát biểu " + i, village, i % 2 == 0 ? land : environment,
                    "Ý kiến số " + i + " về đường liên thôn"));
        }
        return opinions;
    }

    private SessionDraft conference(List<OpinionDraft> opinions) {
        return new SessionDraft(null, 0, DialogueKind.ANNUAL_CONFERENCE, DAY, LocalTime.of(8, 0), LocalTime.of(11, 0),
                "Nhà văn hóa Thôn Đông", List.of(village),
                List.of(new Chair("Nguyễn Văn An", "Bí thư Đảng ủy"), new Chair("Trần Thị Bình", "Chủ tịch UBND xã")),
                "MTTQ xã, Hội Nông dân, Hội Phụ nữ, Ban Thanh tra nhân dân", 40, 9, "Đất đai, môi trường",
                "Giao các đơn vị trả lời trước 15/12", null, null, null, "Lê Văn Cường", opinions, List.of());
    }
}
