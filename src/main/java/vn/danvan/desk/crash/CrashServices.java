package vn.danvan.desk.crash;

import java.nio.file.Path;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.Startup;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.setup.SetupRequest;
import vn.danvan.desk.common.db.DatabaseOpenException;

/**
 * The one place where the crash test opens the office's services over a data folder: the writer process and the
 * checker both come through here, so a change in how the database is opened (a data key, a login) changes only this.
 */
public final class CrashServices {

    private CrashServices() {
    }

    /** The test office's first administrator; the crash-test folder is marked as such and holds no real data. */
    public static final String USER = "kiemthu";
    static final String PASSWORD = "kiem-thu-do-ben";
    static final SetupRequest OFFICE = new SetupRequest("UBND xã Thử Nghiệm", OfficeLevel.XA, "Phú Thọ", "99999",
            "UBND tỉnh Phú Thọ", "Trần Thị Bình", "Chủ tịch UBND xã", "Nguyễn Văn An", USER, PASSWORD,
            AppLanguage.VI);

    /**
     * Opens the encrypted test database as the app does: the first time a set-up (keys, database, office), later a
     * login of the test administrator, with the production key derivation.
     */
    public static AppServices open(Path folder) throws DatabaseOpenException {
        Startup startup = Startup.of(folder);
        if (startup.state() == Startup.State.NEW) {
            return startup.setUp(OFFICE).services();
        }
        return startup.logIn(USER, PASSWORD.toCharArray()).services();
    }
}
