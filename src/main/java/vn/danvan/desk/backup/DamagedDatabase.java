package vn.danvan.desk.backup;

import java.nio.file.Path;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;

/**
 * The officer's password opened the key, but the database file is damaged (it does not open, or the start-up
 * check failed). Carries the key, so the login screen can offer to restore the newest backup with it.
 */
public final class DamagedDatabase extends UserException {

    private static final long serialVersionUID = 1L;
    private final transient DataKey key;

    public DamagedDatabase(Path folder, DataKey key, Throwable cause) {
        super("error.db.damaged", folder);
        this.key = key;
        initCause(cause);
    }

    public DataKey key() {
        return key;
    }
}
