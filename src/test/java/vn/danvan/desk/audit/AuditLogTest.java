package vn.danvan.desk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.Startup;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.unit.HandlingUnitKind;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.petition.StatusChange;
import vn.danvan.desk.security.NewOfficer;
import vn.danvan.desk.security.OfficerRole;

/** Every kind of action leaves a chained row naming who did it; an edit of the log outside the app is found. */
class AuditLogTest {

    @TempDir
    Path folder;

    final Clock clock = Clock.fixed(TestServices.NOW, ZoneOffset.UTC);

    Startup.SignedIn logIn(String user, String password) throws Exception {
        return TestServices.startup(folder, clock).logIn(user, password.toCharArray());
    }

    List<Record2<String, String>> rows(AppServices services) {
        return services.database().dsl().select(AUDIT_LOG.ACTION, AUDIT_LOG.DETAILS).from(AUDIT_LOG)
                .orderBy(AUDIT_LOG.SEQ).fetch();
    }

    @Test
    void createsUpdatesStatusChangesVoidsLoginsAndExportsAreLoggedWithWhoAndOldToNew() throws Exception {
        TestServices.startup(folder, clock).setUp(TestServices.setupRequest()).services().close();
        try {
            logIn(TestServices.ADMIN, "sai-mat-khau");
        } catch (UserException expected) {
            // refused while the database was closed: logged at the next login
        }
        try (AppServices services = logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD).services()) {
            var village = services.villages().add("Thôn Đông", VillageKind.THON);
            services.villages().update(village.id(), "Thôn Đông Hòa", VillageKind.THON);
            var field = services.fields().all().get(0);
            services.fields().rename(field.id(), "Đất đai, nhà ở");
            var unit = services.units().add("Văn phòng UBND xã", HandlingUnitKind.COMMUNE, null);
            var officer = services.officers().add(new NewOfficer("canbo", "Lê Cán Bộ", OfficerRole.OFFICER,
                    "matkhau-456"));
            services.officers().setRole(officer.id(), OfficerRole.ADMIN);
            Petition p = services.intake().receive(new PetitionDraft(LocalDate.of(2026, 11, 2), PetitionChannel.POST,
                    PetitionKind.RECOMMENDATION, null, field.id(), village.id(), null, "Đề nghị sửa đường", 1, false,
                    false, false, PetitionerRef.create(new CitizenDraft("Nguyễn Văn Một", IdPaperType.CCCD, null,
                    null, village.id(), null)), List.of(), false, false, false, null, null, null, null),
                    services.auditTrail() == null ? null : vn.danvan.desk.security.Actor.system());
            p = services.petitions().change(p.id(), p.rowVersion(),
                    StatusChange.to(PetitionStatus.SORTING).unit(unit.id()), vn.danvan.desk.security.Actor.system());
            services.petitions().voidPetition(p.id(), "Nhập nhầm", vn.danvan.desk.security.Actor.system());
            services.monthlyList().export(java.time.YearMonth.of(2026, 11), vn.danvan.desk.report.ExportFormat.CSV,
                    folder.resolve("thang11.csv"), vn.danvan.desk.security.Actor.system(), false,
                    vn.danvan.desk.common.ProgressMonitor.NONE);

            var rows = rows(services);
            assertThat(rows).extracting(Record2::value1).containsSubsequence("CREATE", "LOGIN_FAILED", "LOGIN",
                    "CREATE", "UPDATE", "UPDATE", "CREATE", "CREATE", "UPDATE", "CREATE", "STATUS", "VOID",
                    "EXPORT");
            assertThat(rows).extracting(Record2::value2).contains(
                    "Thôn Đông: tên: Thôn Đông → Thôn Đông Hòa",
                    "canbo: vai trò: OFFICER → ADMIN",
                    "KNG-2026-00001 (RECOMMENDATION, POST)");
            assertThat(rows).extracting(Record2::value2).anyMatch(d -> d.startsWith("admin @ "));
            assertThat(rows).extracting(Record2::value2)
                    .anyMatch(d -> d.startsWith("KNG-2026-00001: trạng thái: RECEIVED → SORTING"));
            assertThat(rows).extracting(Record2::value2).noneMatch(d -> d.contains("Nguyễn Văn Một"));
            // work done in the window or a command names the officer who logged in
            var updateNames = services.database().dsl().select(AUDIT_LOG.USERNAME).from(AUDIT_LOG)
                    .where(AUDIT_LOG.ACTION.eq("UPDATE")).fetch(AUDIT_LOG.USERNAME);
            assertThat(updateNames).isNotEmpty().containsOnly("admin");
            assertThat(services.auditLog().verify().intact()).isTrue();
        }
    }

    @Test
    void verifyFindsARowEditedOrRemovedOutsideTheAppAndTheCsvCarriesTheHashes() throws Exception {
        try (AppServices services = TestServices.openSetUp(folder)) {
            for (int i = 1; i <= 5; i++) {
                services.villages().add("Thôn " + i, VillageKind.THON);
            }
            AuditVerification intact = services.auditLog().verify();
            assertThat(intact.intact()).isTrue();
            long rows = intact.rows();
            assertThat(rows).isGreaterThanOrEqualTo(6);

            Path csv = folder.resolve("audit.csv");
            assertThat(services.auditLog().exportCsv(AuditFilter.ALL, csv)).isEqualTo(rows);
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFseq,time,username,action").contains("Thôn 3");
            assertThat(text.lines()).hasSize((int) rows + 1);

            var dsl = services.database().dsl();
            long third = dsl.select(AUDIT_LOG.SEQ).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).offset(2).limit(1)
                    .fetchOne(AUDIT_LOG.SEQ);
            dsl.update(AUDIT_LOG).set(AUDIT_LOG.DETAILS, "Thôn khác").where(AUDIT_LOG.SEQ.eq(third)).execute();
            AuditVerification edited = services.auditLog().verify();
            assertThat(edited.firstBrokenSeq()).contains(third);
            assertThat(edited.rows()).isEqualTo(rows);
        }
    }

    @Test
    void aRemovedRowBreaksTheChainAtTheNextOne() throws Exception {
        try (AppServices services = TestServices.openSetUp(folder)) {
            for (int i = 1; i <= 3; i++) {
                services.villages().add("Thôn " + i, VillageKind.THON);
            }
            var dsl = services.database().dsl();
            List<Long> seqs = dsl.select(AUDIT_LOG.SEQ).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetch(AUDIT_LOG.SEQ);
            dsl.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(seqs.get(1))).execute();
            assertThat(services.auditLog().verify().firstBrokenSeq()).contains(seqs.get(2));
        }
    }
}
