package vn.danvan.desk.security;

import java.util.UUID;

/** Who does something: the officer recorded in history and audit, and whether they hold the admin role. */
public record Actor(UUID officerId, String username, boolean admin) {

    /** The command line before logins exist there: acts as an admin without a named officer. */
    public static Actor system() {
        return new Actor(null, "system", true);
    }

    public static Actor of(Officer officer) {
        return new Actor(officer.id(), officer.username(), officer.isAdmin());
    }
}
