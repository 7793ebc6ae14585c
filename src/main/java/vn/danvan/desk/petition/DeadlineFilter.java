package vn.danvan.desk.petition;

import java.util.Locale;

/** The list's "deadlines" filter: overdue and due soon are derived from the due date and today. */
public enum DeadlineFilter {
    ANY,
    OVERDUE,
    DUE_SOON,
    OVERDUE_OR_DUE_SOON;

    public String messageKey() {
        return "petition.deadlineFilter." + name().toLowerCase(Locale.ROOT);
    }
}
