package vn.danvan.desk.backup;

import java.util.Arrays;
import vn.danvan.desk.common.db.DataKey;
import vn.danvan.desk.security.keys.RecoveryKey;

/** What opens a backup file: the data key at hand, an officer's password, or the office's recovery key. */
public sealed interface BackupUnlock {

    /** The data key of the open database (the window's restore, the damaged-database offer). */
    record WithKey(DataKey key) implements BackupUnlock {
    }

    /** An officer's password, checked against the key file inside the backup. */
    record WithPassword(String username, char[] password) implements BackupUnlock {

        public WithPassword {
            password = password.clone();
        }

        @Override
        public char[] password() {
            return password.clone();
        }

        @Override
        public String toString() {
            return "WithPassword[" + username + "]";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WithPassword that && username.equals(that.username)
                    && Arrays.equals(password, that.password);
        }

        @Override
        public int hashCode() {
            return username.hashCode();
        }
    }

    /** The office's recovery key (the data key is derived from it). */
    record WithRecoveryKey(RecoveryKey recoveryKey) implements BackupUnlock {
    }
}
