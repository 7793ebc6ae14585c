package vn.danvan.desk.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;

/** What the office may enter in its calendar: dates within the years it covers, a name for every override. */
public final class CalendarRules {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final int NAME_MAX = 200;
    /** How dates are shown to the user, e.g. 02/09/2026. */
    public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** What the user may type: day/month/year, with or without leading zeros (2/9/2026). */
    private static final DateTimeFormatter DATE_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private CalendarRules() {
    }

    public static Optional<Problem> date(LocalDate date) {
        if (date == null) {
            return Problem.of("validation.required");
        }
        return year(date.getYear());
    }

    public static Optional<Problem> year(Integer year) {
        if (year == null) {
            return Problem.of("validation.required");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Problem.of("validation.calendar.yearRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        return Problem.none();
    }

    public static Optional<Problem> name(String name) {
        return TextRules.required(name, NAME_MAX);
    }

    public static Optional<Problem> tetDays(Integer days) {
        if (days == null) {
            return Problem.of("validation.required");
        }
        if (days < HolidayRules.MIN_TET_DAYS || days > HolidayRules.MAX_TET_DAYS) {
            return Problem.of("validation.calendar.tetDays", HolidayRules.MIN_TET_DAYS, HolidayRules.MAX_TET_DAYS);
        }
        return Problem.none();
    }

    public static String format(LocalDate date) {
        return DATE_FORMAT.format(date);
    }

    /** The date typed as day/month/year; empty when the text is not a valid date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE_INPUT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
