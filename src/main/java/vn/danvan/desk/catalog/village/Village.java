package vn.danvan.desk.catalog.village;

import java.util.UUID;

/**
 * A village or residential group. {@code mergedIntoId} is set once it was merged into another;
 * {@code references} counts the citizens, petitions, opinions, sessions and models that point to it.
 */
public record Village(UUID id, String name, VillageKind kind, boolean active, UUID mergedIntoId, int references) {

    public boolean merged() {
        return mergedIntoId != null;
    }
}
