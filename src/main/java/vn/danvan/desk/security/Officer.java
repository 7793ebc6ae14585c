package vn.danvan.desk.security;

import java.util.UUID;

/** An officer account (never carries the password hash out of the repository). */
public record Officer(UUID id, String username, String fullName, OfficerRole role, boolean active) {

    public boolean isAdmin() {
        return role == OfficerRole.ADMIN;
    }
}
