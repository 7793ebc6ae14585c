package vn.danvan.desk.petition;

import java.util.Locale;

/** The inputs a status change may ask for; {@link StatusChangeRules} says which, per target status. */
public enum ChangeField {
    DATE,
    NOTE,
    UNIT,
    AGENCY,
    DOC_NO,
    NEW_DUE_DATE,
    RESULT,
    SATISFACTION;

    public String messageKey() {
        return "petition.change.field." + name().toLowerCase(Locale.ROOT);
    }
}
