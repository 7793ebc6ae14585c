package vn.danvan.desk.report.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a report month begins and ends (an office setting): the calendar month, or — as some upward reports ask —
 * from the 15th of the previous month to the 14th. A longer period runs from the start of its first month to the end
 * of its last, so with the 15th–14th rule the third quarter of 2026 is 15/06/2026 – 14/09/2026 and the year 2026 is
 * 15/12/2025 – 14/12/2026.
 */
public enum PeriodBoundary {
    CALENDAR,
    FIFTEENTH;

    /** The setting's key in {@code app_setting}. */
    public static final String SETTING_KEY = "summary.periodBoundary";

    /** The first day of report month {@code month}. */
    public LocalDate start(YearMonth month) {
        return this == CALENDAR ? month.atDay(1) : month.minusMonths(1).atDay(15);
    }

    /** The last day of report month {@code month}. */
    public LocalDate end(YearMonth month) {
        return this == CALENDAR ? month.atEndOfMonth() : month.atDay(14);
    }

    /** The report month that {@code date} falls in. */
    public YearMonth monthOf(LocalDate date) {
        YearMonth calendar = YearMonth.from(date);
        return this == FIFTEENTH && date.getDayOfMonth() >= 15 ? calendar.plusMonths(1) : calendar;
    }

    public String messageKey() {
        return "summary.boundary." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PeriodBoundary> fromSetting(String value) {
        for (PeriodBoundary boundary : values()) {
            if (boundary.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(boundary);
            }
        }
        return Optional.empty();
    }
}
