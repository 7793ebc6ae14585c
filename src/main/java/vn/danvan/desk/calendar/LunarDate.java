package vn.danvan.desk.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch). {@code year} is the lunar year, which starts at Tết and so
 * runs into the next Gregorian year for months 11 and 12; {@code leap} marks the intercalary month (tháng nhuận)
 * that repeats the number of the month before it.
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Lunar month must be 1..12: " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Lunar day must be 1..30: " + day);
        }
    }
}
