package vn.danvan.desk.common.ui;

import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.StorageFailures;
import vn.danvan.desk.common.i18n.Messages;

/** Turns a failure of background work into the sentence the user reads (a full or read-only disk says so). */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable error, Messages messages) {
        if (error instanceof UserException userError) {
            return messages.of(userError);
        }
        if (StorageFailures.isWriteFailure(error)) {
            return messages.get(StorageFailures.MESSAGE_KEY);
        }
        return messages.get("error.unexpected");
    }
}
