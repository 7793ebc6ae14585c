package vn.danvan.desk.petition;

import java.util.List;
import vn.danvan.desk.catalog.field.FieldService;
import vn.danvan.desk.catalog.field.PetitionField;
import vn.danvan.desk.catalog.unit.HandlingUnit;
import vn.danvan.desk.catalog.unit.HandlingUnitService;
import vn.danvan.desk.catalog.village.Village;
import vn.danvan.desk.catalog.village.VillageService;
import vn.danvan.desk.common.NamedRef;

/** The catalog entries the petition screens offer: active fields in order, active villages, active units. */
public final class PetitionChoices {

    private final FieldService fields;
    private final VillageService villages;
    private final HandlingUnitService units;

    public PetitionChoices(FieldService fields, VillageService villages, HandlingUnitService units) {
        this.fields = fields;
        this.villages = villages;
        this.units = units;
    }

    /** All three lists, read together in the background. */
    public record Lists(List<NamedRef> fields, List<NamedRef> villages, List<NamedRef> units) {
    }

    public Lists load() {
        return new Lists(
                fields.all().stream().filter(PetitionField::active)
                        .sorted(java.util.Comparator.comparingInt(PetitionField::sortOrder))
                        .map(f -> new NamedRef(f.id(), f.name())).toList(),
                villages.all().stream().filter(Village::active).map(v -> new NamedRef(v.id(), v.name())).toList(),
                units.all().stream().filter(HandlingUnit::active).map(u -> new NamedRef(u.id(), u.name())).toList());
    }

    /** Every entry, active or not: for naming what older records refer to. */
    public Lists loadAll() {
        return new Lists(
                fields.all().stream().map(f -> new NamedRef(f.id(), f.name())).toList(),
                villages.all().stream().map(v -> new NamedRef(v.id(), v.name())).toList(),
                units.all().stream().map(u -> new NamedRef(u.id(), u.name())).toList());
    }
}
