package vn.danvan.desk.petition;

import java.util.Locale;

/** The group every petition falls into for upward reports: đã / đang / chưa giải quyết. */
public enum ResolutionGroup {
    RESOLVED,
    IN_PROGRESS,
    NOT_RESOLVED;

    public String messageKey() {
        return "petition.group." + name().toLowerCase(Locale.ROOT);
    }
}
