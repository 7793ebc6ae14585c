package vn.danvan.desk.calendar;

/**
 * Told when the office changes its calendar, e.g. to recompute the due dates of open petitions. Called inside the
 * change's transaction once {@link CalendarService#calendar()} already answers with the new calendar, so a
 * failure here undoes the change.
 */
@FunctionalInterface
public interface CalendarChangeListener {

    CalendarChangeListener NONE = () -> { };

    void calendarChanged();
}
