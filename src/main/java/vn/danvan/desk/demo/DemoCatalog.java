package vn.danvan.desk.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** The office's catalogs the demo petitions point to: villages (with names), fields in order, handling units. */
record DemoCatalog(List<UUID> villages, Map<UUID, String> villageNames, List<UUID> fields, List<UUID> units) {

    String villageName(UUID id) {
        return villageNames.get(id);
    }

    UUID unit(Random random) {
        return units.get(random.nextInt(units.size()));
    }
}
