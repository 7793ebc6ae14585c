package vn.danvan.desk.report.summary;

import java.util.Locale;

/** How long a report period is: a month, a quarter, six months, nine months (from January) or a year. */
public enum PeriodKind {
    MONTH(1),
    QUARTER(3),
    HALF(6),
    NINE_MONTHS(9),
    YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** The number of (report) months the period spans. */
    public int months() {
        return months;
    }

    /** How many periods of this kind a year holds, numbered from 1 (nine months and a year: one). */
    public int perYear() {
        return this == NINE_MONTHS ? 1 : 12 / months;
    }

    public String messageKey() {
        return "summary.kind." + name().toLowerCase(Locale.ROOT);
    }
}
