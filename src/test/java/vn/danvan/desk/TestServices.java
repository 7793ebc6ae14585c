package vn.danvan.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.danvan.desk.common.db.DatabaseOpenException;
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

    public static AppServices open(Path folder) {
        try {
            return AppServices.open(folder, Clock.fixed(NOW, ZoneOffset.UTC), 4);
        } catch (DatabaseOpenException e) {
            throw new IllegalStateException(e);
        }
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
