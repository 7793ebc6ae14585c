package vn.danvan.desk.handover;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.MutableClock;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.security.Actor;

/** Two offices on real encrypted databases: A (a commune with demo data) sends packages to B (the higher level). */
final class PackageFixtures implements AutoCloseable {

    static final String PASSPHRASE = "gói tháng 10 / 2026";
    static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    static final LocalDate TO = LocalDate.of(2030, 12, 31);
    static final Actor ADMIN = new Actor(null, "admin", true);

    final MutableClock clockA = new MutableClock(TestServices.NOW);
    final AppServices a;
    final AppServices b;
    final Path folder;

    PackageFixtures(Path folder, int petitions) {
        this.folder = folder;
        try (AppServices setUp = TestServices.open(folder.resolve("a"), clockA)) {
            setUp.setup().setUp(TestServices.setupRequest());
            if (petitions > 0) {
                setUp.demoData().generate(petitions, 7, n -> { });
            }
        }
        a = TestServices.open(folder.resolve("a"), clockA);
        b = TestServices.openSetUp(folder.resolve("b"));
    }

    Path export(String name) throws Exception {
        Path out = folder.resolve(name);
        a.packages().export(FROM, TO, PASSPHRASE.toCharArray(), out, ADMIN, vn.danvan.desk.common.ProgressMonitor.NONE);
        return out;
    }

    PackageService.Imported importInto(AppServices services, Path file) throws Exception {
        return services.packages().importPackage(file, PASSPHRASE.toCharArray(), java.util.Optional.empty(), ADMIN,
                vn.danvan.desk.common.ProgressMonitor.NONE);
    }

    /** What a refused import must leave as it was: the rows of the merged tables and the audit log. */
    String state(AppServices services) {
        var dsl = services.database().dsl();
        StringBuilder state = new StringBuilder();
        for (String table : new String[] {"office", "village", "petition_field", "handling_unit", "citizen",
                "petition", "petition_event", "dialogue_session", "opinion", "audit_log", "office_signing_key",
                "package_import"}) {
            state.append(table).append('=').append(dsl.fetchCount(dsl.selectFrom(table))).append(' ');
        }
        state.append(dsl.fetchValue("SELECT MAX(updated_at) FROM petition"));
        return state.toString();
    }

    int petitionsOf(AppServices services, UUID office) {
        var dsl = services.database().dsl();
        return dsl.fetchCount(dsl.selectFrom("petition").where("origin_office_id = ?", office));
    }

    void later(int minutes) {
        // the demo data is stamped with the real time: the change comes after it
        clockA.set(Instant.now().plusSeconds(60L * minutes));
    }

    Instant now() {
        return clockA.instant();
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }
}
