package vn.danvan.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.dashboard.DashboardService;

/**
 * The login reads the dashboard, the first page after it, on its own background thread: the window takes that page
 * once; a dashboard that cannot be read leaves the login as it is and the page to read it itself.
 */
class StartGateTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path folder;

    @Test
    void theLoginHandsTheDashboardToTheFirstPageOnce() throws Exception {
        Startup startup = TestServices.startup(folder, Clock.fixed(TestServices.NOW, ZoneOffset.UTC));
        startup.setUp(TestServices.setupRequest()).services().close();
        StartGate gate = new StartGate(startup, null, folder, ZONE, () -> Messages.of(AppLanguage.VI));
        assertThat(gate.takeFirstPage()).isEmpty();

        try (AppServices services = gate.signIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD.toCharArray())
                .services()) {
            DashboardService dashboard = services.dashboard();
            assertThat(gate.takeFirstPage()).contains(dashboard.page(dashboard.dates()));
            assertThat(gate.takeFirstPage()).isEmpty();
        }
    }

    @Test
    void aDashboardThatCannotBeReadDoesNotStopTheLogin() throws Exception {
        try (AppServices services = TestServices.openSetUp(folder)) {
            services.database().dsl().execute("DROP TABLE petition_month_tally");
            StartGate gate = new StartGate(null, () -> services, folder, ZONE, () -> Messages.of(AppLanguage.VI));

            Startup.SignedIn signedIn = gate.signIn(TestServices.ADMIN,
                    TestServices.ADMIN_PASSWORD.toCharArray());

            assertThat(signedIn.officer().username()).isEqualTo(TestServices.ADMIN);
            assertThat(gate.takeFirstPage()).isEmpty();
        }
    }
}
