package vn.danvan.desk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;
import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.MutableClock;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.security.Actor;

/** The retention rule over a story told from 2019 to November 2026 with a clock moved by hand. */
class CitizenRetentionTest {

    @TempDir
    Path folder;
    final MutableClock clock = new MutableClock(TestServices.NOW);
    AppServices services;
    PrivacyFixtures fx;
    UUID closedLongAgo;
    UUID closedRecently;
    UUID stillOpen;
    UUID cameBackLater;

    @BeforeEach
    void fourCitizensSince2019() {
        clock.setDate(LocalDate.of(2019, 3, 1));
        services = TestServices.open(folder, clock);
        services.setup().setUp(TestServices.setupRequest());
        fx = new PrivacyFixtures(services);
        Petition a = petition("Phạm Văn Cũ", "001080000001", LocalDate.of(2019, 3, 5));
        Petition b = petition("Đỗ Thị Gần", "001080000002", LocalDate.of(2019, 3, 6));
        Petition c = petition("Hà Văn Mở", "001080000003", LocalDate.of(2019, 3, 7));
        Petition d = petition("Vũ Thị Lại", "001080000004", LocalDate.of(2019, 3, 8));
        closedLongAgo = a.identity().citizenId();
        closedRecently = b.identity().citizenId();
        stillOpen = c.identity().citizenId();
        cameBackLater = d.identity().citizenId();
        clock.setDate(LocalDate.of(2019, 4, 1));
        fx.resolve(a, LocalDate.of(2019, 4, 1));
        fx.resolve(d, LocalDate.of(2019, 4, 1));
        clock.setDate(LocalDate.of(2023, 6, 1));
        fx.resolve(b, LocalDate.of(2023, 6, 1));
        clock.setDate(LocalDate.of(2025, 2, 3));
        Petition again = fx.receive(PetitionKind.COMPLAINT, LocalDate.of(2025, 2, 3), "Khiếu nại lần nữa",
                PetitionerRef.existing(cameBackLater));
        clock.setDate(LocalDate.of(2025, 3, 1));
        fx.resolve(again, LocalDate.of(2025, 3, 1));
        clock.set(TestServices.NOW);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Petition petition(String name, String idNumber, LocalDate received) {
        clock.setDate(received);
        return fx.receive(PetitionKind.RECOMMENDATION, received, "Đề nghị làm đường",
                PetitionerRef.create(new CitizenDraft(name, IdPaperType.CCCD, idNumber, null, fx.village, null)));
    }

    private boolean anonymised(UUID citizen) {
        return services.database().dsl().select(CITIZEN.ANONYMISED).from(CITIZEN).where(CITIZEN.ID.eq(citizen))
                .fetchSingle(CITIZEN.ANONYMISED);
    }

    @Test
    void theCandidatesAreTheSameWhenTheReadsCrossPagesOfOneTwoOrThreeRows() {
        for (int years : new int[] {5, 2}) {
            LocalDate cutOffDate = LocalDate.ofInstant(TestServices.NOW, OfficeClock.ZONE).minusYears(years);
            Instant cutOff = cutOffDate.atStartOfDay(OfficeClock.ZONE).toInstant();
            var whole = new PersonalDataRepository(services.database()).retentionCandidates(cutOff, cutOffDate);
            assertThat(whole).as("%d years", years).containsExactlyInAnyOrderElementsOf(years == 5
                    ? List.of(closedLongAgo) : List.of(closedLongAgo, closedRecently));
            for (int page = 1; page <= 3; page++) {
                assertThat(new PersonalDataRepository(services.database(), page).retentionCandidates(cutOff,
                        cutOffDate)).as("%d years, pages of %d", years, page).isEqualTo(whole);
            }
        }
    }

    @Test
    void offByDefaultItDoesNothing() {
        assertThat(services.retention().years()).isZero();
        assertThat(services.retention().apply(Actor.system())).isZero();
        assertThat(services.retention().due(0, Actor.system())).isZero();
        for (UUID citizen : new UUID[] {closedLongAgo, closedRecently, stillOpen, cameBackLater}) {
            assertThat(anonymised(citizen)).isFalse();
        }
        assertThat(services.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(CitizenRetention.ACTION)))
                .isZero();
    }

    @Test
    void withFiveYearsOnlyCitizensWhosePetitionsAllClosedBeforeThatAreAnonymised() {
        assertThat(services.retention().due(5, PrivacyFixtures.ADMIN)).isOne();
        assertThat(services.retention().due(2, PrivacyFixtures.ADMIN)).isEqualTo(2); // closed 2023 too
        services.retention().setYears(5, PrivacyFixtures.ADMIN);
        assertThat(services.retention().years()).isEqualTo(5);

        assertThat(services.retention().apply(Actor.system())).isOne();

        assertThat(anonymised(closedLongAgo)).isTrue();
        assertThat(anonymised(closedRecently)).isFalse();
        assertThat(anonymised(stillOpen)).isFalse();
        assertThat(anonymised(cameBackLater)).isFalse();
        assertThat(services.personalData().find(closedLongAgo.toString(), PrivacyFixtures.ADMIN).first().fullName())
                .isEqualTo(services.personalData().placeholder());
        var rows = services.database().dsl().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq(CitizenRetention.ACTION)).fetch();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getDetails()).startsWith("1 citizens").doesNotContain("Phạm Văn Cũ", "001080000001");
        assertThat(services.retention().apply(Actor.system())).isZero(); // nothing left to do
        // after a login the window applies it once a day
        assertThat(services.retention().applyOncePerDay(Actor.system())).isZero();
        services.retention().setYears(2, PrivacyFixtures.ADMIN); // the one closed in June 2023 is due now
        assertThat(services.retention().applyOncePerDay(Actor.system())).isZero(); // already ran today
        assertThat(anonymised(closedRecently)).isFalse();
        clock.set(TestServices.NOW.plus(java.time.Duration.ofDays(1)));
        assertThat(services.retention().applyOncePerDay(Actor.system())).isOne();
        assertThat(anonymised(closedRecently)).isTrue();
        assertThat(anonymised(cameBackLater)).isFalse();
        assertThat(services.auditLog().verify().intact()).isTrue();
    }
}
