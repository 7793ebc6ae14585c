package vn.danvan.desk.calendar;

/** The public holidays of the Labour Code 2019 (art. 112), and a day off set by the office itself. */
public enum HolidayKind {
    NEW_YEAR("newYear"),
    TET("tet"),
    HUNG_KINGS("hungKings"),
    VICTORY_DAY("victoryDay"),
    LABOUR_DAY("labourDay"),
    NATIONAL_DAY("nationalDay"),
    NATIONAL_DAY_ADJACENT("nationalDayAdjacent"),
    /** A day the office added (a bridge day the government decided, a local event); its name is the office's text. */
    OFFICE("office");

    private final String key;

    HolidayKind(String key) {
        this.key = key;
    }

    public String messageKey() {
        return "calendar.holiday." + key;
    }
}
