package vn.danvan.desk.petition.deadline;

import java.util.Locale;

/** Derived, never stored: how a running clock stands against the due date. */
public enum DeadlineState {
    NONE,
    ON_TIME,
    DUE_SOON,
    OVERDUE;

    public String messageKey() {
        return "deadline.state." + name().toLowerCase(Locale.ROOT);
    }

    public String styleClass() {
        return "deadline-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
