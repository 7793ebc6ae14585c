package vn.danvan.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.danvan.desk.common.db.DataKey;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.security.keys.KeyVault;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.setup.SetupRequest;

/** Real services over a real H2 file in a temporary folder, with a fixed clock and a cheap bcrypt cost. */
public final class TestServices {

    public static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "matkhau-123";

    private TestServices() {
    }

    /** PBKDF2 iterations for tests' key files (production: 600,000), as bcrypt cost 4 keeps logins fast. */
    public static final int KDF_ITERATIONS = 1_000;
    /** The data key of every test database opened here (the app makes a random one from a recovery key). */
    public static final DataKey KEY = DataKey.of(new byte[] {
        11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
        27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42});

    /** Opens (creating) the encrypted database of {@code folder} with {@link #KEY} and the fixed clock. */
    public static AppServices open(Path folder) {
        return open(folder, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static AppServices open(Path folder, Clock clock) {
        try {
            return AppServices.open(folder, KEY, new KeyVault(folder, KDF_ITERATIONS, clock), clock, 4);
        } catch (DatabaseOpenException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The start-up of {@code folder} as the app does it, with test costs. */
    public static Startup startup(Path folder, Clock clock) {
        return new Startup(folder, clock, 4, KDF_ITERATIONS);
    }

    /** Logs the test admin in to a folder set up by the command line (as the app would), returns the services. */
    public static AppServices logIn(Path folder) {
        try {
            return startup(folder, Clock.systemUTC()).logIn(ADMIN, ADMIN_PASSWORD.toCharArray()).services();
        } catch (DatabaseOpenException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The environment that gives the command line the test admin's password file. */
    public static java.util.Map<String, String> cliEnvironment(Path passwordFile) {
        return java.util.Map.of("DANVAN_PASSWORD_FILE", passwordFile.toString(), "DANVAN_USER", ADMIN);
    }

    /** Opens and sets up an office "UBND xã Tân Lập" with the admin {@link #ADMIN}. */
    public static AppServices openSetUp(Path folder) {
        AppServices services = open(folder);
        services.setup().setUp(setupRequest());
        return services;
    }

    public static SetupRequest setupRequest() {
        return new SetupRequest("UBND xã Tân Lập", OfficeLevel.XA, "Phú Thọ", "12345", "UBND tỉnh Phú Thọ",
                "Trần Thị Bình", "Chủ tịch UBND xã", "Nguyễn Văn An", ADMIN, ADMIN_PASSWORD, AppLanguage.VI);
    }
}
