package vn.danvan.desk.catalog.village;

import java.util.Locale;

/** The kinds of residential units below the commune. */
public enum VillageKind {
    THON,
    TO_DAN_PHO,
    AP,
    BAN,
    KHU_PHO,
    OTHER;

    public String messageKey() {
        return "village.kind." + name().toLowerCase(Locale.ROOT);
    }
}
