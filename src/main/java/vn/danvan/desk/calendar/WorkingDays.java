package vn.danvan.desk.calendar;

import java.time.LocalDate;

/** Day counting over the office's working calendar (Civil Code 2015, arts. 147-148). */
public interface WorkingDays {

    /** The {@code days}-th working day after {@code start} (the period starts the day after). */
    LocalDate addWorkingDays(LocalDate start, int days);

    /** {@code start + days}; when that day is not a working day, the next working day. */
    LocalDate addCalendarDays(LocalDate start, int days);

    boolean isWorkingDay(LocalDate date);

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
