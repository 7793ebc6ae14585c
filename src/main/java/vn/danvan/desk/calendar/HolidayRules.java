package vn.danvan.desk.calendar;

import java.util.Objects;

/**
 * The choices the law leaves to the Government each year, as office settings: how many days Tết lasts (from
 * the last day of the lunar year on; the Labour Code says 5) and which day next to 2 September is off.
 */
public record HolidayRules(int tetDays, NationalDayAdjacent nationalDayAdjacent) {

    public static final int MIN_TET_DAYS = 1;
    public static final int MAX_TET_DAYS = 10;
    public static final HolidayRules DEFAULT = new HolidayRules(5, NationalDayAdjacent.BEFORE);

    public HolidayRules {
        Objects.requireNonNull(nationalDayAdjacent, "nationalDayAdjacent");
        if (tetDays < MIN_TET_DAYS || tetDays > MAX_TET_DAYS) {
            throw new IllegalArgumentException("Tết lasts " + MIN_TET_DAYS + ".." + MAX_TET_DAYS + " days: " + tetDays);
        }
    }
}
