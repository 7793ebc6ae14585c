package vn.danvan.desk.catalog.unit;

import java.util.Locale;

/** A body of the commune itself, or an agency outside it (to which petitions are transferred). */
public enum HandlingUnitKind {
    COMMUNE,
    OUTSIDE;

    public String messageKey() {
        return "unit.kind." + name().toLowerCase(Locale.ROOT);
    }
}
