package vn.danvan.desk.security;

/**
 * What must follow an officer's password outside the database: the data key is wrapped once per officer, so a
 * new or reset password wraps it again and a deactivated officer's entry is removed.
 */
public interface OfficerKeys {

    /** For a database opened without keys (only while an unencrypted database is being converted). */
    OfficerKeys NONE = new OfficerKeys() {
        @Override
        public void passwordSet(String username, char[] password) {
        }

        @Override
        public void removed(String username) {
        }
    };

    void passwordSet(String username, char[] password);

    void removed(String username);
}
