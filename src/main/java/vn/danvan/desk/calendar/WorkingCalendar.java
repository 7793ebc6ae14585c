package vn.danvan.desk.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import vn.danvan.desk.common.i18n.Messages;

/**
 * Which days the office works, for counting legal periods (Civil Code 2015, arts. 147–148): Monday to Friday
 * except the statutory holidays and their compensatory days, then the office's overrides on top (extra days off,
 * make-up working days). Immutable once built; each year is computed on first use and kept, so counting needs no
 * database and costs a few array look-ups. Thread-safe. {@link CalendarService#calendar()} hands out the current
 * one and builds a new one after every change.
 */
public final class WorkingCalendar implements WorkingDays {

    public static final int MIN_YEAR = LunarCalendar.MIN_YEAR + 1;
    public static final int MAX_YEAR = LunarCalendar.MAX_YEAR - 1;

    private final VietnamHolidays holidays;
    private final HolidayRules rules;
    private final Map<Integer, List<CalendarOverride>> overridesByYear;
    private final AtomicReferenceArray<CalendarYear> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    public WorkingCalendar(VietnamHolidays holidays, HolidayRules rules, Collection<CalendarOverride> overrides) {
        this.holidays = holidays;
        this.rules = rules;
        this.overridesByYear = overrides.stream().collect(Collectors.groupingBy(o -> o.date().getYear(),
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    public HolidayRules rules() {
        return rules;
    }

    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorking(date.getDayOfYear());
    }

    /** The day off on {@code date}, unless it is a working day or a plain weekend. */
    public Optional<Holiday> holiday(LocalDate date) {
        return year(date.getYear()).holiday(date);
    }

    /** The name of the day off on {@code date} in the user's language, as {@link #holiday(LocalDate)}. */
    public Optional<String> holidayName(LocalDate date, Messages messages) {
        return holiday(date).map(h -> h.text(messages));
    }

    /** The days off of {@code year} (statutory, compensatory and the office's), weekends included. */
    public List<Holiday> holidays(int year) {
        return year(year).holidays();
    }

    /** The days off of {@code year} and the days the office made working days, in date order. */
    public List<CalendarEntry> entries(int year) {
        return year(year).entries();
    }

    /**
     * The {@code n}-th working day after {@code start}: a period of n working days that starts the day after
     * {@code start} ends on the returned day. 0 gives {@code start}; a negative n counts backwards.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            return subtractWorkingDays(start, -n);
        }
        if (n == 0) {
            return start;
        }
        CalendarYear current = year(start.getYear());
        int counted = current.workingUpTo(start.getDayOfYear());
        int remaining = n;
        int yearNumber = start.getYear();
        while (remaining > current.workingDays() - counted) {
            remaining -= current.workingDays() - counted;
            yearNumber++;
            current = year(yearNumber);
            counted = 0;
        }
        return current.dayReaching(counted + remaining);
    }

    private LocalDate subtractWorkingDays(LocalDate start, int n) {
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The end of a period of {@code n} calendar days that starts the day after {@code start}: {@code start + n},
     * moved to the next working day when that is a weekend or a day off (Civil Code 2015, art. 148).
     */
    public LocalDate addCalendarDays(LocalDate start, int n) {
        LocalDate day = start.plusDays(n);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative when {@code to} is before
     * {@code from}. E.g. "due within 3 working days" is {@code workingDaysBetween(today, due) <= 3}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        CalendarYear first = year(from.getYear());
        if (from.getYear() == to.getYear()) {
            return first.workingUpTo(to.getDayOfYear()) - first.workingUpTo(from.getDayOfYear());
        }
        int count = first.workingDays() - first.workingUpTo(from.getDayOfYear());
        for (int y = from.getYear() + 1; y < to.getYear(); y++) {
            count += year(y).workingDays();
        }
        return count + year(to.getYear()).workingUpTo(to.getDayOfYear());
    }

    private CalendarYear year(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("The working calendar covers " + MIN_YEAR + "–" + MAX_YEAR + ": " + year);
        }
        int index = year - MIN_YEAR;
        CalendarYear known = years.get(index);
        if (known == null) {
            known = CalendarYear.build(year, holidays.forYear(year, rules), overridesByYear.getOrDefault(year,
                    List.of()));
            if (!years.compareAndSet(index, null, known)) {
                known = years.get(index);
            }
        }
        return known;
    }
}
