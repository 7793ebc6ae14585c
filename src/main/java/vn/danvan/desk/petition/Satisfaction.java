package vn.danvan.desk.petition;

import java.util.Locale;

/** The citizen's view of the result, where recorded. */
public enum Satisfaction {
    SATISFIED,
    NOT_SATISFIED;

    public String messageKey() {
        return "petition.satisfaction." + name().toLowerCase(Locale.ROOT);
    }
}
