package vn.danvan.desk.petition.deadline;

import java.util.Locale;

/** Whether a limit counts working days or calendar days (domain.md 2.4: each rule says which). */
public enum DayType {
    WORKING,
    CALENDAR;

    public String messageKey() {
        return "deadline.dayType." + name().toLowerCase(Locale.ROOT);
    }
}
