package vn.danvan.desk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statutory days off of a year (Labour Code 2019, arts. 111–112) before any decision of the office:
 * 1 January; Tết from the last day of the lunar year, {@link HolidayRules#tetDays()} days long; Hùng Kings'
 * day (lunar 10/3); 30 April; 1 May; 2 September and the adjacent day the rules name. A holiday that falls on
 * a Saturday or Sunday (or on another holiday) gives a compensatory day off: the next Monday–Friday that is not
 * already off.
 */
public final class VietnamHolidays {

    private final LunarCalendar lunar;

    public VietnamHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    public LunarCalendar lunar() {
        return lunar;
    }

    /** The days off of {@code year} in date order, compensatory days included. */
    public List<Holiday> forYear(int year, HolidayRules rules) {
        List<Holiday> statutory = statutory(year, rules);
        Map<LocalDate, Holiday> days = new TreeMap<>();
        List<Holiday> toCompensate = new ArrayList<>();
        for (Holiday holiday : statutory) {
            boolean clash = days.containsKey(holiday.date());
            if (!clash) {
                days.put(holiday.date(), holiday);
            }
            if (clash || isWeekend(holiday.date())) {
                toCompensate.add(holiday);
            }
        }
        for (Holiday holiday : toCompensate) {
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || days.containsKey(day)) {
                day = day.plusDays(1);
            }
            days.put(day, new Holiday(day, holiday.name().compensation()));
        }
        return List.copyOf(days.values());
    }

    /** The statutory holidays themselves, in date order, without compensation. */
    public List<Holiday> statutory(int year, HolidayRules rules) {
        List<Holiday> holidays = new ArrayList<>();
        holidays.add(Holiday.of(LocalDate.of(year, 1, 1), HolidayKind.NEW_YEAR));
        LocalDate tet = lunar.lastDayOfYear(year - 1);
        for (int i = 0; i < rules.tetDays(); i++) {
            holidays.add(Holiday.of(tet.plusDays(i), HolidayKind.TET));
        }
        holidays.add(Holiday.of(lunar.toSolar(year, 3, 10, false), HolidayKind.HUNG_KINGS));
        holidays.add(Holiday.of(LocalDate.of(year, 4, 30), HolidayKind.VICTORY_DAY));
        holidays.add(Holiday.of(LocalDate.of(year, 5, 1), HolidayKind.LABOUR_DAY));
        holidays.add(Holiday.of(rules.nationalDayAdjacent().dateIn(year), HolidayKind.NATIONAL_DAY_ADJACENT));
        holidays.add(Holiday.of(LocalDate.of(year, 9, 2), HolidayKind.NATIONAL_DAY));
        holidays.sort(Comparator.comparing(Holiday::date));
        return holidays;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
