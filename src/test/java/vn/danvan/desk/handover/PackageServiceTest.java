package vn.danvan.desk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.common.UserException;

/** Export from office A, import into office B: ids and origin kept, idempotent, newer packages update. */
class PackageServiceTest {

    @TempDir
    Path folder;
    PackageFixtures offices;
    UUID officeA;

    @BeforeEach
    void twoOffices() {
        offices = new PackageFixtures(folder, 120);
        officeA = offices.a.offices().requireLocalOffice().id();
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void importingTwiceChangesNothingAndANewerPackageUpdates() throws Exception {
        Path first = offices.export("a-1.dvpkg");
        int sent = offices.petitionsOf(offices.a, officeA) ;
        assertThat(sent).isEqualTo(120);

        PackageService.Imported imported = offices.importInto(offices.b, first);
        assertThat(imported.inserted()).isGreaterThan(120);
        assertThat(imported.updated()).isZero();
        assertThat(imported.preview().firstTime()).isTrue();
        assertThat(offices.petitionsOf(offices.b, officeA)).isEqualTo(120);
        var dsl = offices.b.database().dsl();
        assertThat(dsl.fetchValue("SELECT is_local FROM office WHERE id = ?", officeA)).isEqualTo(false);
        assertThat(dsl.fetchCount(dsl.selectFrom("office").where("is_local"))).isEqualTo(1);
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_log").where("action = 'IMPORT' AND entity_type = 'PACKAGE'")))
                .isEqualTo(1);
        // the sender's catalogs are kept as theirs, not added to B's own lists
        assertThat(offices.b.villages().all()).extracting(v -> v.id()).doesNotContainAnyElementsOf(
                offices.a.villages().all().stream().map(v -> v.id()).toList());

        String before = offices.state(offices.b);
        PackageService.Imported again = offices.importInto(offices.b, first);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(imported.inserted() + imported.unchanged());
        assertThat(offices.state(offices.b)).isEqualTo(before.replace("audit_log=" + auditRows(before), "audit_log=" + (auditRows(before) + 1)));
        assertThat(again.preview().firstTime()).isFalse();

        // a petition changed at A after the first package
        offices.later(60);
        UUID changed = (UUID) dslA().fetchValue("SELECT id FROM petition ORDER BY received_date DESC, id LIMIT 1");
        offices.a.petitions().voidPetition(changed, "Nhập trùng", PackageFixtures.ADMIN);
        Path second = offices.export("a-2.dvpkg");
        PackageService.Imported update = offices.importInto(offices.b, second);
        assertThat(update.updated()).isGreaterThanOrEqualTo(1);
        assertThat(dsl.fetchValue("SELECT voided FROM petition WHERE id = ?", changed)).isEqualTo(true);
        assertThat(dsl.fetchValue("SELECT void_reason FROM petition WHERE id = ?", changed)).isEqualTo("Nhập trùng");

        // the older package does not take the petition back
        PackageService.Imported old = offices.importInto(offices.b, first);
        assertThat(old.updated()).isZero();
        assertThat(old.inserted()).isZero();
        assertThat(dsl.fetchValue("SELECT voided FROM petition WHERE id = ?", changed)).isEqualTo(true);
        assertThat(before).isNotEqualTo(offices.state(offices.b));
    }

    @Test
    void childrenTheSenderNoLongerHasAreRemovedWithTheirParentsUpdate() throws Exception {
        offices.importInto(offices.b, offices.export("a-1.dvpkg"));
        // at A, one history row of a petition goes (as an opinion or a representative removed in an edit would)
        UUID petition = (UUID) dslA().fetchValue(
                "SELECT petition_id FROM petition_event GROUP BY petition_id HAVING COUNT(*) > 1 LIMIT 1");
        UUID event = (UUID) dslA().fetchValue("SELECT id FROM petition_event WHERE petition_id = ? LIMIT 1", petition);
        dslA().execute("DELETE FROM petition_event WHERE id = ?", event);
        offices.later(90);
        dslA().execute("UPDATE petition SET updated_at = ? WHERE id = ?", offices.now(), petition);
        PackageService.Imported imported = offices.importInto(offices.b, offices.export("a-2.dvpkg"));
        assertThat(imported.updated()).isEqualTo(2);
        assertThat(imported.inserted()).isZero();
        var dsl = offices.b.database().dsl();
        assertThat(dsl.fetchCount(dsl.selectFrom("petition_event").where("id = ?", event))).isZero();
        assertThat(dsl.fetchCount(dsl.selectFrom("petition_event").where("petition_id = ?", petition)))
                .isEqualTo(dslA().fetchCount(dslA().selectFrom("petition_event").where("petition_id = ?", petition)));
    }

    @Test
    void anOfficeDoesNotImportItsOwnPackage() throws Exception {
        Path own = offices.export("own.dvpkg");
        String before = offices.state(offices.a);
        assertThatThrownBy(() -> offices.importInto(offices.a, own))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("package.error.ownOffice"));
        assertThat(offices.state(offices.a)).isEqualTo(before);
    }

    @Test
    void aWeakPassphraseIsRefusedBeforeAnythingIsWritten() {
        Path out = folder.resolve("weak.dvpkg");
        assertThatThrownBy(() -> offices.a.packages().export(PackageFixtures.FROM, PackageFixtures.TO,
                "short".toCharArray(), out, PackageFixtures.ADMIN, vn.danvan.desk.common.ProgressMonitor.NONE))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("package.passphrase.tooShort"));
        assertThat(out).doesNotExist();
    }

    private static int auditRows(String state) {
        var m = java.util.regex.Pattern.compile("audit_log=(\\d+)").matcher(state);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private org.jooq.DSLContext dslA() {
        return offices.a.database().dsl();
    }
}
