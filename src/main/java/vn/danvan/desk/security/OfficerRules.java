package vn.danvan.desk.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;

/** What valid officer accounts and passwords are. */
public final class OfficerRules {

    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private OfficerRules() {
    }

    /** 3 to 60 characters: lower-case letters without accents, digits, dot, dash, underscore. */
    public static Optional<Problem> username(String value) {
        if (value == null || value.isBlank()) {
            return Problem.of("validation.required");
        }
        return USERNAME.matcher(value.strip()).matches() ? Problem.none() : Problem.of("validation.username");
    }

    public static Optional<Problem> fullName(String value) {
        return TextRules.required(value, 120);
    }

    public static Optional<Problem> password(String value) {
        if (value == null || value.length() < PASSWORD_MIN) {
            return Problem.of("validation.password.tooShort", PASSWORD_MIN);
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Problem.of("validation.password.tooLong", PASSWORD_MAX_BYTES);
        }
        return Problem.none();
    }

    public static Optional<Problem> confirmation(String password, String confirmation) {
        return password != null && password.equals(confirmation)
                ? Problem.none() : Problem.of("validation.password.mismatch");
    }

    public static Optional<Problem> role(OfficerRole role) {
        return role == null ? Problem.of("validation.required") : Problem.none();
    }

    public static String normaliseUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
