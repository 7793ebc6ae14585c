package vn.danvan.desk.listimport;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.danvan.desk.catalog.field.PetitionField;
import vn.danvan.desk.catalog.unit.HandlingUnit;
import vn.danvan.desk.catalog.unit.HandlingUnitKind;
import vn.danvan.desk.catalog.village.Village;
import vn.danvan.desk.catalog.village.VillageKind;

/**
 * The office's catalogs as an import matches names against them, accents, case and punctuation aside: fields (the
 * whole name, else the one field whose name holds the typed words), villages and handling units (the whole name; a
 * merged village stands for the one it was merged into). Names not found are collected: villages and units are
 * created on the user's word, an unknown field is a problem of the row.
 */
final class ListCatalogs {

    private final Map<String, UUID> fields = new HashMap<>();
    private final Map<String, UUID> villages = new HashMap<>();
    private final Map<String, UUID> units = new HashMap<>();
    /** Names to create, by key, as first written in the file, with the first row that names them. */
    private final Map<String, NewName> newVillages = new LinkedHashMap<>();
    private final Map<String, NewName> newUnits = new LinkedHashMap<>();
    /** Names already looked up, as written in the file. */
    private final Map<String, java.util.Optional<UUID>> fieldsTyped = new HashMap<>();

    /** A name not in a catalog, as first written, and the first row naming it. */
    record NewName(String name, int firstRow) {
    }

    ListCatalogs(List<PetitionField> fieldList, List<Village> villageList, List<HandlingUnit> unitList) {
        fieldList.stream().filter(PetitionField::active).forEach(f -> fields.put(ListValues.key(f.name()), f.id()));
        fieldList.stream().filter(f -> !f.active()).forEach(f -> fields.putIfAbsent(ListValues.key(f.name()), f.id()));
        villageList.stream().filter(v -> !v.merged())
                .forEach(v -> villages.put(ListValues.key(v.name()), v.id()));
        villageList.stream().filter(Village::merged)
                .forEach(v -> villages.putIfAbsent(ListValues.key(v.name()), v.mergedIntoId()));
        unitList.forEach(u -> units.putIfAbsent(ListValues.key(u.name()), u.id()));
    }

    /** The field named, or {@code null}. */
    UUID field(String typed) {
        return fieldsTyped.computeIfAbsent(typed, t -> java.util.Optional.ofNullable(findField(t))).orElse(null);
    }

    private UUID findField(String typed) {
        String key = ListValues.key(typed);
        UUID exact = fields.get(key);
        if (exact != null || key.isEmpty()) {
            return exact;
        }
        Pattern words = Pattern.compile("(^| )" + Pattern.quote(key) + "( |$)");
        List<UUID> partial = fields.entrySet().stream().filter(e -> words.matcher(e.getKey()).find())
                .map(Map.Entry::getValue).distinct().toList();
        return partial.size() == 1 ? partial.get(0) : null;
    }

    /** The village named, or {@code null} when it is to be created (noted). */
    UUID village(String typed, int row) {
        return find(villages, newVillages, typed, row);
    }

    UUID unit(String typed, int row) {
        return find(units, newUnits, typed, row);
    }

    private final Map<String, String> keys = new HashMap<>();

    private UUID find(Map<String, UUID> known, Map<String, NewName> missing, String typed, int row) {
        String key = keys.computeIfAbsent(typed, ListValues::key);
        UUID id = known.get(key);
        if (id == null) {
            missing.putIfAbsent(key, new NewName(typed, row));
        }
        return id;
    }

    List<NewName> newVillages() {
        return List.copyOf(newVillages.values());
    }

    List<NewName> newUnits() {
        return List.copyOf(newUnits.values());
    }

    void addVillage(String name, UUID id) {
        villages.put(ListValues.key(name), id);
        newVillages.remove(ListValues.key(name));
    }

    void addUnit(String name, UUID id) {
        units.put(ListValues.key(name), id);
        newUnits.remove(ListValues.key(name));
    }

    /** The kind a new village's name says ({@code Thôn …}, {@code Tổ dân phố …}, {@code Ấp …}), else other. */
    static VillageKind villageKind(String name) {
        String key = ListValues.key(name);
        if (key.startsWith("thon ")) {
            return VillageKind.THON;
        } else if (key.startsWith("to dan pho ") || key.startsWith("tdp ") || key.startsWith("to ")) {
            return VillageKind.TO_DAN_PHO;
        } else if (key.startsWith("ap ")) {
            return VillageKind.AP;
        } else if (key.startsWith("ban ")) {
            return VillageKind.BAN;
        } else if (key.startsWith("khu pho ")) {
            return VillageKind.KHU_PHO;
        }
        return VillageKind.OTHER;
    }

    /** A body of the commune when its name says so ({@code … xã}, {@code … phường}), else an outside agency. */
    static HandlingUnitKind unitKind(String name) {
        String key = " " + ListValues.key(name) + " ";
        return key.contains(" xa ") || key.contains(" phuong ") || key.contains(" dac khu ")
                ? HandlingUnitKind.COMMUNE : HandlingUnitKind.OUTSIDE;
    }
}
