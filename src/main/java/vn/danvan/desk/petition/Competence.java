package vn.danvan.desk.petition;

import java.util.Locale;

/** Whether the matter is within the office's competence (thuộc / không thuộc thẩm quyền). */
public enum Competence {
    WITHIN,
    OUTSIDE;

    public String messageKey() {
        return "petition.competence." + name().toLowerCase(Locale.ROOT);
    }
}
