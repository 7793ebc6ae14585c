package vn.danvan.desk.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One Gregorian year of the effective calendar: which days are worked, a running count of working days for fast
 * arithmetic, the days off with their names, and the office's working-day overrides.
 */
final class CalendarYear {

    private final int year;
    private final boolean[] working;
    /** {@code cumulative[i]}: working days from 1 January up to and including day-of-year {@code i + 1}. */
    private final int[] cumulative;
    private final Map<LocalDate, Holiday> holidays;
    private final List<CalendarOverride> workingOverrides;

    private CalendarYear(int year, boolean[] working, Map<LocalDate, Holiday> holidays,
                         List<CalendarOverride> workingOverrides) {
        this.year = year;
        this.working = working;
        this.holidays = holidays;
        this.workingOverrides = workingOverrides;
        this.cumulative = new int[working.length];
        int count = 0;
        for (int i = 0; i < working.length; i++) {
            count += working[i] ? 1 : 0;
            cumulative[i] = count;
        }
    }

    /** The computed days off of {@code year}, then the office's overrides of that year on top. */
    static CalendarYear build(int year, List<Holiday> computed, Collection<CalendarOverride> overridesOfYear) {
        Map<LocalDate, Holiday> holidays = new TreeMap<>();
        for (Holiday holiday : computed) {
            holidays.put(holiday.date(), holiday);
        }
        List<CalendarOverride> workingOverrides = new ArrayList<>();
        for (CalendarOverride override : overridesOfYear) {
            if (override.dayOff()) {
                holidays.put(override.date(), new Holiday(override.date(), HolidayName.office(override.name())));
            } else {
                holidays.remove(override.date());
                workingOverrides.add(override);
            }
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        boolean[] working = new boolean[first.lengthOfYear()];
        for (int i = 0; i < working.length; i++) {
            LocalDate day = first.plusDays(i);
            working[i] = !VietnamHolidays.isWeekend(day) && !holidays.containsKey(day);
        }
        for (CalendarOverride override : workingOverrides) {
            working[override.date().getDayOfYear() - 1] = true;
        }
        return new CalendarYear(year, working, holidays, List.copyOf(workingOverrides));
    }

    boolean isWorking(int dayOfYear) {
        return working[dayOfYear - 1];
    }

    /** Working days from 1 January up to and including {@code dayOfYear}; 0 for day 0 (the eve of the year). */
    int workingUpTo(int dayOfYear) {
        return dayOfYear == 0 ? 0 : cumulative[dayOfYear - 1];
    }

    int workingDays() {
        return cumulative[cumulative.length - 1];
    }

    /** The day on which the running count of working days reaches {@code count} (1..{@link #workingDays()}). */
    LocalDate dayReaching(int count) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] >= count) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return LocalDate.ofYearDay(year, low + 1);
    }

    Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    List<Holiday> holidays() {
        return List.copyOf(holidays.values());
    }

    /** The days off and the office's working days, in date order. */
    List<CalendarEntry> entries() {
        Map<LocalDate, CalendarEntry> entries = new TreeMap<>();
        for (Holiday holiday : holidays.values()) {
            entries.put(holiday.date(), new CalendarEntry(holiday.date(), true, holiday.name()));
        }
        for (CalendarOverride override : workingOverrides) {
            entries.put(override.date(), new CalendarEntry(override.date(), false,
                    HolidayName.office(override.name())));
        }
        return List.copyOf(entries.values());
    }
}
