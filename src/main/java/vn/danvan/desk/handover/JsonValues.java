package vn.danvan.desk.handover;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

/**
 * Values of the database in the form they travel in a package (JSON): ids, dates, times and instants as ISO text,
 * binary as Base64, numbers and booleans as they are. Reading them back checks the type a column expects: a value
 * of the wrong form is refused with {@link IllegalArgumentException}.
 */
final class JsonValues {

    private JsonValues() {
    }

    static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value.toString();
    }

    /** The value of {@code json} for a column of {@code type}; throws when it is not of that form. */
    static Object fromJson(Object json, Class<?> type) {
        if (json == null) {
            return null;
        }
        try {
            if (type == String.class) {
                return (String) json;
            }
            if (type == Boolean.class) {
                return (Boolean) json;
            }
            if (type == Integer.class) {
                return Math.toIntExact(((Number) json).longValue());
            }
            if (type == Long.class) {
                return ((Number) json).longValue();
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(json.toString());
            }
            if (type == UUID.class) {
                return UUID.fromString((String) json);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse((String) json);
            }
            if (type == LocalTime.class) {
                return LocalTime.parse((String) json);
            }
            if (type == Instant.class) {
                return Instant.parse((String) json);
            }
            if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse((String) json);
            }
            if (type == byte[].class) {
                return Base64.getDecoder().decode((String) json);
            }
        } catch (ClassCastException | java.time.DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("Value of the wrong form for " + type.getSimpleName(), e);
        }
        throw new IllegalArgumentException("Unsupported column type " + type.getName());
    }

    /** {@code json} read back as the same JSON form (e.g. an Integer where Jackson gave a Long). */
    static Object normalised(Object json, Class<?> type) {
        return toJson(fromJson(json, type));
    }
}
