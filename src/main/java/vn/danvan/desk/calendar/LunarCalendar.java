package vn.danvan.desk.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from astronomical new moons and the sun's longitude
 * with the rules the Vietnamese calendar has followed since 1968, at the meridian of UTC+7:
 * <ul>
 *   <li>a day runs from local midnight to midnight; a month begins on the day of the new moon;</li>
 *   <li>month 11 is the month that contains the winter solstice;</li>
 *   <li>when 13 months lie between two months 11, the first of them that contains no major solar term (trung
 *       khí, a multiple of 30° of solar longitude) is the leap month and repeats the number of the month before.</li>
 * </ul>
 * Because the meridian matters, the Vietnamese calendar differs from the Chinese one (UTC+8) in some years:
 * Tết 2030 falls on 2 February in Vietnam, on 3 February in China. Thread-safe; results are cached per year.
 */
public final class LunarCalendar {

    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    public static final int MIN_YEAR = 1800;
    public static final int MAX_YEAR = 2300;
    private static final int MONTH_11 = 11;

    private final double offsetDays;
    private final Map<Integer, MonthsBetweenSolstices> cache = new ConcurrentHashMap<>();

    /** The Vietnamese calendar (UTC+7). */
    public LunarCalendar() {
        this(VIETNAM);
    }

    /** The same rules at another meridian, e.g. UTC+8 for the Chinese calendar. */
    public LunarCalendar(ZoneOffset offset) {
        this.offsetDays = offset.getTotalSeconds() / 86400.0;
    }

    /** The lunar date of a Gregorian date. */
    public LunarDate toLunar(LocalDate date) {
        checkYear(date.getYear());
        long day = date.toEpochDay();
        MonthsBetweenSolstices months = months(date.getYear());
        if (day >= months.lastStart()) {
            months = months(date.getYear() + 1);
        }
        int index = months.indexOf(day);
        int lunarYear = index < months.firstMonthIndex() ? months.solarYear() - 1 : months.solarYear();
        return new LunarDate(lunarYear, months.number(index), (int) (day - months.start(index)) + 1,
                months.leap(index));
    }

    /**
     * The Gregorian date of a lunar date.
     *
     * @throws DateTimeException when that year has no such leap month or that month is shorter than {@code day}
     */
    public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        LunarDate wanted = new LunarDate(lunarYear, lunarMonth, lunarDay, leapMonth);
        MonthsBetweenSolstices months = monthsHolding(lunarYear, lunarMonth);
        int index = months.indexOf(lunarMonth, leapMonth);
        if (index < 0) {
            throw new DateTimeException("Lunar year " + lunarYear + " has no leap month " + lunarMonth);
        }
        if (lunarDay > months.length(index)) {
            throw new DateTimeException("Lunar month " + lunarMonth + (leapMonth ? " (leap)" : "") + " of "
                    + lunarYear + " has only " + months.length(index) + " days: " + wanted);
        }
        return LocalDate.ofEpochDay(months.start(index) + lunarDay - 1);
    }

    public LocalDate toSolar(LunarDate date) {
        return toSolar(date.year(), date.month(), date.day(), date.leap());
    }

    /** Lunar 1/1 of {@code lunarYear}: the first day of Tết. */
    public LocalDate newYear(int lunarYear) {
        return toSolar(lunarYear, 1, 1, false);
    }

    /** The last day of {@code lunarYear} (29 or 30 of month 12): the day before the next lunar 1/1. */
    public LocalDate lastDayOfYear(int lunarYear) {
        return newYear(lunarYear + 1).minusDays(1);
    }

    /** The number of days (29 or 30) of a lunar month. */
    public int monthLength(int lunarYear, int lunarMonth, boolean leapMonth) {
        MonthsBetweenSolstices months = monthsHolding(lunarYear, lunarMonth);
        int index = months.indexOf(lunarMonth, leapMonth);
        if (index < 0) {
            throw new DateTimeException("Lunar year " + lunarYear + " has no leap month " + lunarMonth);
        }
        return months.length(index);
    }

    /** The number of the leap month of {@code lunarYear}, if it has one. */
    public OptionalInt leapMonth(int lunarYear) {
        for (int month = 1; month <= 12; month++) {
            MonthsBetweenSolstices months = monthsHolding(lunarYear, month);
            if (months.indexOf(month, true) >= 0) {
                return OptionalInt.of(month);
            }
        }
        return OptionalInt.empty();
    }

    /** Months 11 and 12 of a lunar year lie in the next solar year's run of months. */
    private MonthsBetweenSolstices monthsHolding(int lunarYear, int lunarMonth) {
        int solarYear = lunarMonth >= MONTH_11 ? lunarYear + 1 : lunarYear;
        checkYear(solarYear);
        return months(solarYear);
    }

    private MonthsBetweenSolstices months(int solarYear) {
        return cache.computeIfAbsent(solarYear, this::computeMonths);
    }

    /** The months from month 11 of {@code solarYear - 1} up to (and including the start of) month 11 of {@code solarYear}. */
    private MonthsBetweenSolstices computeMonths(int solarYear) {
        long first = month11Lunation(solarYear - 1);
        int count = (int) (month11Lunation(solarYear) - first);
        long[] starts = new long[count + 1];
        int[] sectors = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            starts[i] = newMoonDay(first + i);
            sectors[i] = majorTermSector(starts[i]);
        }
        int leapIndex = -1;
        if (count == 13) {
            for (int i = 1; i < count && leapIndex < 0; i++) {
                if (sectors[i] == sectors[i + 1]) {
                    leapIndex = i; // no major term between the start of month i and the start of month i + 1
                }
            }
        }
        return MonthsBetweenSolstices.of(solarYear, starts, leapIndex);
    }

    /** The lunation whose month contains the winter solstice of {@code year}. */
    private long month11Lunation(int year) {
        long solsticeDay = LocalDate.of(year, 12, 18).toEpochDay();
        while (sunLongitudeAtMidnight(solsticeDay + 1) < 270) {
            solsticeDay++;
        }
        long k = LunarAstronomy.lunationNear(LunarAstronomy.UNIX_EPOCH_JD + solsticeDay);
        while (newMoonDay(k) > solsticeDay) {
            k--;
        }
        while (newMoonDay(k + 1) <= solsticeDay) {
            k++;
        }
        return k;
    }

    /** The local day (epoch day) on which the new moon of lunation {@code k} happens. */
    private long newMoonDay(long k) {
        double universal = LunarAstronomy.toUniversal(LunarAstronomy.newMoonJde(k));
        return (long) Math.floor(universal + offsetDays - LunarAstronomy.UNIX_EPOCH_JD);
    }

    /** The sun's apparent longitude at the local midnight that starts {@code epochDay}. */
    private double sunLongitudeAtMidnight(long epochDay) {
        double universal = LunarAstronomy.UNIX_EPOCH_JD + epochDay - offsetDays;
        return LunarAstronomy.apparentSunLongitude(LunarAstronomy.toDynamical(universal));
    }

    /** Which 30° sector of solar longitude the sun is in at the start of {@code epochDay}. */
    private int majorTermSector(long epochDay) {
        return (int) (sunLongitudeAtMidnight(epochDay) / 30);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("The lunar calendar is computed for " + MIN_YEAR + "–" + MAX_YEAR
                    + " only: " + year);
        }
    }
}
