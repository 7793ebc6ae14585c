package vn.danvan.desk.calendar;

import java.time.LocalDate;

/**
 * One line of a year's calendar as the office manages it: a day off (computed or the office's), or a day the
 * office made a working day. Plain weekends are not listed.
 */
public record CalendarEntry(LocalDate date, boolean dayOff, HolidayName name) {

    public boolean fromOffice() {
        return name.fromOffice();
    }
}
