package vn.danvan.desk.catalog.field;

import java.util.UUID;

/** A field (lĩnh vực) of petitions; {@code references} counts petitions and opinions that use it. */
public record PetitionField(UUID id, String name, int sortOrder, boolean active, int references) {

    public boolean used() {
        return references > 0;
    }
}
