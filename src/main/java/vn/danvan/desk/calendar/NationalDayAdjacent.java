package vn.danvan.desk.calendar;

import java.time.LocalDate;
import java.util.Locale;

/** Which day next to National Day (2 September) is the second day off: the Government picks it each year. */
public enum NationalDayAdjacent {
    /** 1 September. */
    BEFORE,
    /** 3 September. */
    AFTER;

    public LocalDate dateIn(int year) {
        return LocalDate.of(year, 9, this == BEFORE ? 1 : 3);
    }

    public String messageKey() {
        return "calendar.nationalDayAdjacent." + name().toLowerCase(Locale.ROOT);
    }
}
