package vn.danvan.desk.dashboard;

import java.util.Locale;

/** The figures at the top of the dashboard, in their order; the first four open the petition list filtered alike. */
public enum DashboardCard {
    OPEN(true),
    OVERDUE(true),
    DUE_WITHIN_WEEK(true),
    RECEIVED_THIS_MONTH(true),
    RESOLVED_THIS_MONTH(false),
    SETTLEMENT_RATE(false);

    private final boolean opensList;

    DashboardCard(boolean opensList) {
        this.opensList = opensList;
    }

    /** Whether the petition list has a filter that shows exactly the petitions counted. */
    public boolean opensList() {
        return opensList;
    }

    public String key() {
        return "dashboard.card." + name().toLowerCase(Locale.ROOT);
    }

    /** {@code card-open}, {@code card-overdue}, ...: the node's id and its style class. */
    public String id() {
        return "card-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
