package vn.danvan.desk.security.keys;

import java.time.Instant;

/** A login refused while the database was closed (wrong password, unknown name, locked), to be audited later. */
public record RefusedLogin(String username, Instant at) {
}
