package vn.danvan.desk.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.petition.PetitionFixtures.ADMIN;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.petition.deadline.DayType;
import vn.danvan.desk.petition.deadline.DeadlineRule;
import vn.danvan.desk.petition.deadline.DeadlineStep;
import vn.danvan.desk.petition.deadline.DeadlineVariant;

/** Due dates from the seeded rules over the real Vietnamese working calendar, and their re-computation. */
class DeadlineCalendarTest {

    @TempDir
    Path folder;
    AppServices services;
    PetitionFixtures fx;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        fx = new PetitionFixtures(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aPeriodEndingInTetMovesToTheFirstWorkingDayAfterIt() {
        // 10 Feb 2026 + 10 days = 20 Feb, the last of five Tết days off (16-20 Feb): due Monday 23 Feb.
        // 10 working days would end on 3 Mar; the earlier of the two applies.
        Petition p = services.intake().receive(fx.recommendation(LocalDate.of(2026, 2, 10), "Lê Văn Tết", null),
                ADMIN);
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void aSettlementEndingOnHungKingsDayPassesItsCompensatoryDayToo() {
        // accepted 27 Mar 2026 + 30 days = Sunday 26 Apr, Hùng Kings' day; Monday 27 Apr is the day off in lieu
        Petition p = services.intake().receive(fx.draft(PetitionKind.COMPLAINT, LocalDate.of(2026, 3, 20),
                "Khiếu nại quyết định thu hồi đất", PetitionerRef.create(fx.citizen("Võ Văn Hùng", null))), ADMIN);
        p = services.petitions().change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.ACCEPTED)
                .date(LocalDate.of(2026, 3, 27)).unit(fx.unit), ADMIN);
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void complexAndRemoteVariantsGiveLongerLimits() {
        PetitionDraft base = fx.draft(PetitionKind.COMPLAINT, LocalDate.of(2026, 6, 1), "Khiếu nại",
                PetitionerRef.create(fx.citizen("Đinh Văn Xa", null)));
        PetitionDraft remoteComplex = new PetitionDraft(base.receivedDate(), base.channel(), base.kind(), 1,
                base.fieldId(), base.villageId(), null, base.summary(), 1, false, false, false, base.petitioner(),
                List.of(), true, false, true, null, null, null, null);
        Petition p = services.intake().receive(remoteComplex, ADMIN);
        p = services.petitions().change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.ACCEPTED)
                .date(LocalDate.of(2026, 6, 2)).unit(fx.unit), ADMIN);
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 8, 3)); // 2 Jun + 60 = Sat 1 Aug -> Mon 3 Aug
    }

    @Test
    void anOfficeDayOffAndAChangedRuleRecomputeOpenPetitionsWithHistory() {
        Petition open = services.intake().receive(fx.recommendation(LocalDate.of(2026, 11, 20), "Ngô Văn Mở", null),
                ADMIN);
        Petition closed = services.intake().receive(fx.recommendation(LocalDate.of(2026, 11, 20), "Ngô Văn Đóng",
                null), ADMIN);
        closed = services.petitions().change(closed.id(), closed.rowVersion(), StatusChange.to(PetitionStatus.FILED)
                .note("Trùng"), ADMIN);
        assertThat(open.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));

        services.calendar().setOverride(LocalDate.of(2026, 11, 30), true, "Nghỉ theo quyết định của tỉnh");
        assertThat(services.petitions().require(open.id()).dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(services.petitions().require(closed.id()).dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(services.petitions().detail(open.id()).history()).extracting(PetitionEvent::type)
                .contains(PetitionEventType.DUE_DATE_CHANGED);

        DeadlineRule classify = services.deadlineRules().rules()
                .find(PetitionKind.RECOMMENDATION, DeadlineStep.CLASSIFY, DeadlineVariant.NORMAL).orElseThrow();
        services.deadlineRules().update(classify.id(), 5, DayType.WORKING, classify.legalBasis());
        // 20 Nov + 5 working days: 23, 24, 25, 26, 27 Nov
        assertThat(services.petitions().require(open.id()).dueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void possibleDuplicatesAreTheSamePersonWithinTwelveMonthsOnASimilarMatter() {
        Petition earlier = services.intake().receive(fx.recommendation(LocalDate.of(2026, 3, 1), "Nguyễn Văn An",
                "001086012345"), ADMIN);
        services.intake().receive(fx.recommendation(LocalDate.of(2025, 1, 5), "Nguyễn Văn An", "001086012345"),
                ADMIN);
        DuplicateProbe sameId = new DuplicateProbe(null, "001086012345", "Ai đó", fx.village, fx.land,
                "Đề nghị sửa đường", LocalDate.of(2026, 11, 20));
        assertThat(services.duplicates().find(sameId)).extracting(DuplicateCandidate::code)
                .containsExactly(earlier.code());
        DuplicateProbe sameNameOtherVillage = new DuplicateProbe(null, null, "nguyen van an", fx.otherVillage,
                fx.land, "Đề nghị sửa đường", LocalDate.of(2026, 11, 20));
        assertThat(services.duplicates().find(sameNameOtherVillage)).isEmpty();
        DuplicateProbe sameNameDifferentMatter = new DuplicateProbe(null, null, "Nguyễn Văn An", fx.village,
                fx.environment, "Phản ánh tiếng ồn karaoke ban đêm", LocalDate.of(2026, 11, 20));
        assertThat(services.duplicates().find(sameNameDifferentMatter)).isEmpty();
    }
}
