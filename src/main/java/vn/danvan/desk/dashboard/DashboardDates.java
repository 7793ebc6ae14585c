package vn.danvan.desk.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days the dashboard counts from, all in office time: today; the current month (from its first day to today);
 * the year to date; the twelve months of the charts (the current one and the eleven before it); and the last day
 * that is "due within the week".
 */
public record DashboardDates(LocalDate today, LocalDate weekEnd) {

    /** Months in the charts, the current one included. */
    public static final int CHART_MONTHS = 12;

    public YearMonth month() {
        return YearMonth.from(today);
    }

    public LocalDate monthStart() {
        return today.withDayOfMonth(1);
    }

    public LocalDate yearStart() {
        return today.withDayOfYear(1);
    }

    public YearMonth firstChartMonth() {
        return month().minusMonths(CHART_MONTHS - 1L);
    }

    /** The first day the charts count: the first day of {@link #firstChartMonth()}. */
    public LocalDate chartStart() {
        return firstChartMonth().atDay(1);
    }
}
