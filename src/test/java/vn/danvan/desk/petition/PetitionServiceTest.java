package vn.danvan.desk.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;
import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.petition.PetitionFixtures.ADMIN;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.UserException;

/** Intake and lifecycle through the real services, on a real H2 file migrated by Flyway. */
class PetitionServiceTest {

    static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    @TempDir
    Path folder;
    AppServices services;
    PetitionFixtures fx;
    DSLContext sql;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        fx = new PetitionFixtures(services);
        sql = services.database().dsl();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void intakeNumbersPerKindAndYearSetsTheDueDateAndWritesTheFirstEvent() {
        Petition first = services.intake().receive(fx.recommendation(NOV_2, "Nguyễn Văn An", "001086012345"), ADMIN);
        Petition second = services.intake().receive(fx.recommendation(NOV_2, "Lê Thị Hoa", null), ADMIN);
        Petition complaint = services.intake().receive(fx.draft(PetitionKind.COMPLAINT, NOV_2, "Khiếu nại quyết định",
                PetitionerRef.existing(first.identity().citizenId())), ADMIN);

        assertThat(first.code()).isEqualTo("KNG-2026-00001");
        assertThat(second.code()).isEqualTo("KNG-2026-00002");
        assertThat(complaint.code()).isEqualTo("KN-2026-00001");
        assertThat(first.status()).isEqualTo(PetitionStatus.RECEIVED);
        // the earlier of 10 calendar days (12 Nov) and 10 working days (16 Nov)
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(first.identity().name()).isEqualTo("Nguyễn Văn An");
        assertThat(first.identity().phone()).isEqualTo("0912345678");
        assertThat(first.identity().address()).isEqualTo("Xóm Giữa, Thôn Đông");
        assertThat(services.petitions().detail(first.id()).history())
                .extracting(PetitionEvent::type, PetitionEvent::toStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PetitionEventType.CREATED,
                        PetitionStatus.RECEIVED));
    }

    @Test
    void aGroupPetitionKeepsItsHeadCountAndRepresentatives() {
        PetitionDraft base = fx.recommendation(NOV_2, "Trần Văn Bình", "001086000001");
        PetitionDraft group = new PetitionDraft(base.receivedDate(), base.channel(), base.kind(), null, fx.land,
                fx.village, null, "Đoàn 25 hộ đề nghị bồi thường", 25, true, false, false, base.petitioner(),
                List.of(PetitionerRef.create(fx.citizen("Phạm Thị Cúc", null)),
                        PetitionerRef.create(fx.citizen("Vũ Đức Dũng", null))),
                false, true, false, null, null, null, null);
        Petition saved = services.intake().receive(group, ADMIN);

        assertThat(saved.group()).isTrue();
        assertThat(saved.peopleCount()).isEqualTo(25);
        assertThat(services.petitions().detail(saved.id()).representatives())
                .containsExactly("Phạm Thị Cúc", "Vũ Đức Dũng");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        PetitionDraft future = fx.recommendation(LocalDate.of(2026, 11, 25), "Nguyễn Văn An", null);
        PetitionDraft shortId = fx.recommendation(NOV_2, "Nguyễn Văn An", "12345678901");
        PetitionDraft badPhone = fx.draft(PetitionKind.FEEDBACK, NOV_2, "Phản ánh", PetitionerRef.create(
                new vn.danvan.desk.citizen.CitizenDraft("Ngô Văn E", null, null, "12345", null, null)));
        PetitionDraft groupWithoutReps = new PetitionDraft(NOV_2, PetitionChannel.POST, PetitionKind.FEEDBACK, null,
                fx.land, fx.village, null, "Phản ánh", 10, true, true, false, null, List.of(), false, false, false,
                null, null, null, null);

        assertRefused(future, "validation.date.future");
        assertRefused(shortId, "validation.citizen.cccd");
        assertRefused(badPhone, "validation.citizen.phone");
        assertRefused(groupWithoutReps, "validation.petition.representatives");
        assertThat(services.browser().count(PetitionFilter.all(), ADMIN).count()).isZero();
        assertThat(sql.fetchCount(CITIZEN)).isZero();
    }

    @Test
    void aRepeatIsLinkedBothWaysAndCountsAsTheSecondSubmission() {
        Petition first = services.intake().receive(fx.recommendation(NOV_2, "Nguyễn Văn An", "001086012345"), ADMIN);
        PetitionDraft again = fx.recommendation(LocalDate.of(2026, 11, 20), "Nguyễn Văn An", "001086012345");
        PetitionDraft repeat = new PetitionDraft(again.receivedDate(), again.channel(), again.kind(), null,
                again.fieldId(), again.villageId(), null, again.summary(), 1, false, false, false,
                PetitionerRef.existing(first.identity().citizenId()), List.of(), false, false, false, null, null,
                null, first.id());
        Petition second = services.intake().receive(repeat, ADMIN);

        assertThat(second.submissionCount()).isEqualTo(2);
        assertThat(services.petitions().detail(second.id()).links())
                .extracting(PetitionLink::linkedCode, PetitionLink::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.code(), PetitionLink.LinkType.REPEAT_OF));
        assertThat(services.petitions().detail(first.id()).links())
                .extracting(PetitionLink::linkedCode, PetitionLink::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second.code(),
                        PetitionLink.LinkType.REPEATED_BY));
    }

    @Test
    void oneLetterSplitsIntoLinkedPetitionsWithTheirOwnKindAndField() {
        PetitionDraft letter = fx.recommendation(NOV_2, "Nguyễn Văn An", "001086012345");
        List<Petition> parts = services.intake().receiveSplit(letter, List.of(
                new SplitPart(PetitionKind.COMPLAINT, 1, fx.land, "Khiếu nại việc thu hồi đất"),
                new SplitPart(PetitionKind.FEEDBACK, null, fx.environment, "Phản ánh ô nhiễm"),
                new SplitPart(PetitionKind.RECOMMENDATION, null, fx.land, "Đề nghị cấp sổ đỏ")), ADMIN);

        assertThat(parts).extracting(Petition::code)
                .containsExactly("KN-2026-00001", "PA-2026-00001", "KNG-2026-00001");
        assertThat(parts).extracting(p -> p.identity().citizenId()).containsOnly(parts.get(0).identity().citizenId());
        assertThat(services.petitions().detail(parts.get(1).id()).links())
                .extracting(PetitionLink::type).containsOnly(PetitionLink.LinkType.SPLIT_SIBLING).hasSize(2);
        assertThat(sql.fetchCount(CITIZEN)).isEqualTo(1);
    }

    @Test
    void aPetitionGoesThroughToResultCommunicatedWithOneEventPerChange() {
        Petition p = services.intake().receive(fx.draft(PetitionKind.COMPLAINT, NOV_2, "Khiếu nại về đất",
                PetitionerRef.create(fx.citizen("Đỗ Văn Giang", null))), ADMIN);
        PetitionService lifecycle = services.petitions();
        p = lifecycle.change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.SORTING).unit(fx.unit), ADMIN);
        p = lifecycle.change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.ACCEPTED)
                .date(LocalDate.of(2026, 11, 5)).unit(fx.unit), ADMIN);
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7)); // 5 Nov + 30 = 5 Dec, a Saturday
        p = lifecycle.change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.IN_PROGRESS), ADMIN);
        p = lifecycle.change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.RESOLVED)
                .date(LocalDate.of(2026, 11, 20)).result("Đã giải quyết, công nhận ranh giới").docNo("15/QĐ-UBND"),
                ADMIN);
        p = lifecycle.change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.COMMUNICATED)
                .date(LocalDate.of(2026, 11, 23)).satisfaction(Satisfaction.SATISFIED), ADMIN);

        assertThat(p.status()).isEqualTo(PetitionStatus.COMMUNICATED);
        assertThat(p.settlementDocNo()).isEqualTo("15/QĐ-UBND");
        assertThat(p.handlingUnitName()).isEqualTo("Văn phòng UBND xã");
        assertThat(lifecycle.detail(p.id()).history()).extracting(PetitionEvent::toStatus).containsExactly(
                PetitionStatus.RECEIVED, PetitionStatus.SORTING, PetitionStatus.ACCEPTED, PetitionStatus.IN_PROGRESS,
                PetitionStatus.RESOLVED, PetitionStatus.COMMUNICATED);

        int events = sql.fetchCount(PETITION_EVENT);
        Petition done = p;
        assertThatThrownBy(() -> lifecycle.change(done.id(), done.rowVersion(),
                StatusChange.to(PetitionStatus.IN_PROGRESS), ADMIN))
                .extracting(e -> ((UserException) e).messageKey()).isEqualTo("error.petition.transition");
        assertThat(sql.fetchCount(PETITION_EVENT)).isEqualTo(events);
    }

    @Test
    void aChangeOnAStaleVersionIsRefused() {
        Petition p = services.intake().receive(fx.recommendation(NOV_2, "Nguyễn Văn An", null), ADMIN);
        services.petitions().change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.SORTING), ADMIN);
        assertThatThrownBy(() -> services.petitions().change(p.id(), p.rowVersion(),
                StatusChange.to(PetitionStatus.FILED).note("Trùng"), ADMIN))
                .extracting(e -> ((UserException) e).messageKey()).isEqualTo("error.petition.changedMeanwhile");
    }

    @Test
    void aBulkChangeIsAllOrNothingAndNamesTheRefusedRows() {
        Petition a = services.intake().receive(fx.recommendation(NOV_2, "Nguyễn Văn An", null), ADMIN);
        Petition b = services.intake().receive(fx.recommendation(NOV_2, "Lê Thị Hoa", null), ADMIN);
        services.petitions().change(b.id(), b.rowVersion(), StatusChange.to(PetitionStatus.WITHDRAWN)
                .note("Công dân rút đơn"), ADMIN);

        assertThatThrownBy(() -> services.petitions().changeAll(List.of(a.id(), b.id()),
                StatusChange.to(PetitionStatus.SORTING), ADMIN))
                .isInstanceOfSatisfying(BulkRefusedException.class, e -> assertThat(e.refusals())
                        .extracting(BulkRefusedException.Refusal::code).containsExactly(b.code()));
        assertThat(services.petitions().require(a.id()).status()).isEqualTo(PetitionStatus.RECEIVED);

        Petition c = services.intake().receive(fx.recommendation(NOV_2, "Hồ Văn Khoa", null), ADMIN);
        assertThat(services.petitions().assignAll(List.of(a.id(), c.id()), fx.unit, ADMIN)).isEqualTo(2);
        assertThat(services.petitions().changeAll(List.of(a.id(), c.id()),
                StatusChange.to(PetitionStatus.SORTING), ADMIN)).isEqualTo(2);
        assertThat(services.petitions().require(c.id()).handlingUnitId()).isEqualTo(fx.unit);
    }

    @Test
    void voidingKeepsTheRecordButTakesItOutOfTheList() {
        Petition p = services.intake().receive(fx.recommendation(NOV_2, "Nguyễn Văn An", null), ADMIN);
        services.petitions().voidPetition(p.id(), "Nhập nhầm", ADMIN);

        assertThat(services.petitions().require(p.id()).voided()).isTrue();
        assertThat(services.browser().count(PetitionFilter.all(), ADMIN).count()).isZero();
        assertThat(sql.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("VOID"))).isEqualTo(1);
        assertThatThrownBy(() -> services.petitions().change(p.id(), 1, StatusChange.to(PetitionStatus.SORTING),
                ADMIN)).extracting(e -> ((UserException) e).messageKey()).isEqualTo("error.petition.voided");
    }

    private void assertRefused(PetitionDraft draft, String key) {
        assertThatThrownBy(() -> services.intake().receive(draft, ADMIN))
                .isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).messageKey()).isEqualTo(key);
    }
}
