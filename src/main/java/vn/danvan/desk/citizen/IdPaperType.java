package vn.danvan.desk.citizen;

import java.util.Locale;

/** The identity paper a number belongs to: the 12-digit personal ID (CCCD), a passport, or another paper. */
public enum IdPaperType {
    CCCD,
    PASSPORT,
    OTHER;

    public String messageKey() {
        return "citizen.paper." + name().toLowerCase(Locale.ROOT);
    }
}
