package vn.danvan.desk.catalog.unit;

import java.util.UUID;

/** A handling unit (đơn vị xử lý); {@code references} counts petitions and assignments that name it. */
public record HandlingUnit(UUID id, String name, HandlingUnitKind kind, String contact, boolean active,
                           int references) {

    public boolean used() {
        return references > 0;
    }
}
