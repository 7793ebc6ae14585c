package vn.danvan.desk.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * Salted, deliberately slow password hashes (bcrypt). Passwords are never stored or logged in clear.
 * bcrypt reads at most 72 bytes; longer passwords are refused by {@link OfficerRules}.
 */
public final class PasswordHasher {

    public static final int DEFAULT_COST = 12;
    private final int cost;

    public PasswordHasher(int cost) {
        this.cost = cost;
    }

    public String hash(char[] password) {
        return BCrypt.withDefaults().hashToString(cost, password);
    }

    public boolean matches(char[] password, String storedHash) {
        if (storedHash == null) {
            return false;
        }
        return BCrypt.verifyer().verify(password, storedHash.getBytes(StandardCharsets.US_ASCII)).verified;
    }
}
