package vn.danvan.desk.common.db;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;

/**
 * Recognises a failure to write the database file (a full disk, a folder or file made read-only, a file that may not
 * grow) among the exceptions H2 throws, wherever jOOQ or the services wrapped them, so that the user reads what
 * happened and what to do instead of "something unexpected". After such a failure H2 closes the store: what was
 * committed before stays in the file, the change under way is not saved, and the app must be reopened.
 */
public final class StorageFailures {

    /** The bundle key of the message shown for such a failure. */
    public static final String MESSAGE_KEY = "error.db.writeFailed";

    private static final Set<Integer> SQL_CODES = Set.of(ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
            ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1,
            ErrorCode.FILE_RENAME_FAILED_2, ErrorCode.FILE_DELETE_FAILED_1, ErrorCode.DATABASE_IS_CLOSED);
    private static final Set<Integer> STORE_CODES = Set.of(org.h2.mvstore.DataUtils.ERROR_WRITING_FAILED,
            org.h2.mvstore.DataUtils.ERROR_CLOSED);

    private StorageFailures() {
    }

    /** Whether {@code error}, or anything it was caused by, is a failure to write the database file. */
    public static boolean isWriteFailure(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable current = error;
        while (current != null && seen.put(current, Boolean.TRUE) == null) {
            if (current instanceof SQLException sql && isWriteFailure(sql, seen)) {
                return true;
            }
            if (current instanceof MVStoreException store && STORE_CODES.contains(store.getErrorCode())) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static boolean isWriteFailure(SQLException error, Map<Throwable, Boolean> seen) {
        for (SQLException next = error.getNextException(); next != null && !seen.containsKey(next);
             next = next.getNextException()) {
            if (isWriteFailure(next)) {
                return true;
            }
        }
        return SQL_CODES.contains(error.getErrorCode());
    }
}
