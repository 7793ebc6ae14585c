package vn.danvan.desk.petition;

import java.util.Locale;

/**
 * The list's "deadlines" filter: overdue and due soon are derived from the due date and today; "due within the week"
 * is a running due date from today to {@link PetitionQueryRepository.AsOf#weekLimit()} (the dashboard's card).
 */
public enum DeadlineFilter {
    ANY,
    OVERDUE,
    DUE_SOON,
    OVERDUE_OR_DUE_SOON,
    DUE_WITHIN_WEEK;

    public String messageKey() {
        return "petition.deadlineFilter." + name().toLowerCase(Locale.ROOT);
    }
}
