package vn.danvan.desk.petition.deadline;

import java.util.List;
import java.util.Locale;

/** Longer limits for complex matters and for remote areas (vùng sâu, vùng xa). */
public enum DeadlineVariant {
    NORMAL,
    COMPLEX,
    REMOTE,
    REMOTE_COMPLEX;

    public static DeadlineVariant of(boolean complex, boolean remote) {
        if (complex && remote) {
            return REMOTE_COMPLEX;
        }
        return complex ? COMPLEX : remote ? REMOTE : NORMAL;
    }

    /** The variants to try, most specific first, when a rule has no row for this one. */
    public List<DeadlineVariant> fallbacks() {
        return switch (this) {
            case NORMAL -> List.of(NORMAL);
            case COMPLEX -> List.of(COMPLEX, NORMAL);
            case REMOTE -> List.of(REMOTE, NORMAL);
            case REMOTE_COMPLEX -> List.of(REMOTE_COMPLEX, COMPLEX, REMOTE, NORMAL);
        };
    }

    public String messageKey() {
        return "deadline.variant." + name().toLowerCase(Locale.ROOT);
    }
}
