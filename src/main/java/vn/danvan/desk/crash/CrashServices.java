package vn.danvan.desk.crash;

import java.nio.file.Path;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.db.DatabaseOpenException;

/**
 * The one place where the crash test opens the office's services over a data folder: the writer process and the
 * checker both come through here, so a change in how the database is opened (a data key, a login) changes only this.
 */
public final class CrashServices {

    private CrashServices() {
    }

    public static AppServices open(Path folder) throws DatabaseOpenException {
        return AppServices.open(folder);
    }
}
