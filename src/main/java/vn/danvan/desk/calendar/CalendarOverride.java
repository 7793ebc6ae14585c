package vn.danvan.desk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The office's decision for one date, which wins over the computed calendar: {@code dayOff} adds a day off
 * (e.g. the Government's exact Tết bridge days), otherwise the date is a working day (a make-up Saturday).
 */
public record CalendarOverride(LocalDate date, boolean dayOff, String name) {

    public CalendarOverride {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
