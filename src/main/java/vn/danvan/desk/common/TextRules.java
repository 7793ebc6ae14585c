package vn.danvan.desk.common;

import java.util.Optional;

/** Validation rules shared by every form: required text and length limits. */
public final class TextRules {

    private TextRules() {
    }

    public static Optional<Problem> required(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Problem.of("validation.required");
        }
        return maxLength(value, maxLength);
    }

    public static Optional<Problem> maxLength(String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            return Problem.of("validation.tooLong", maxLength);
        }
        return Problem.none();
    }
}
