package vn.danvan.desk.petition;

import java.time.DayOfWeek;
import java.time.LocalDate;
import vn.danvan.desk.calendar.WorkingDays;

/** A calendar with weekends and no holidays: keeps pure lifecycle tests independent of the holiday rules. */
final class WeekendsOnly implements WorkingDays {

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    @Override
    public LocalDate addCalendarDays(LocalDate start, int days) {
        LocalDate date = start.plusDays(days);
        while (!isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not needed here");
    }
}
