package vn.danvan.desk.handover;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.danvan.desk.common.UserException;

/**
 * Decides what importing a package changes, record by record, before anything is written:
 * <ul>
 *   <li>a record not held yet is inserted with its id and origin office;</li>
 *   <li>a record held with the same values is unchanged (so the same package imported twice changes nothing);</li>
 *   <li>a record with an {@code updated_at} is updated only when the package's copy is newer; an older package
 *       leaves it, and its children (history, opinions...), as they are;</li>
 *   <li>the children of a parent that is not older are made the package's: new ones inserted, changed ones updated,
 *       ones the sender no longer has deleted.</li>
 * </ul>
 * Refuses the whole package when a record of it is held as another office's (a local petition, say).
 */
final class PackageMerge {

    enum Kind { INSERT, UPDATE, DELETE }

    /** One row to write, in the JSON form of {@link TableRows}. */
    record Change(PackageTable table, Kind kind, Map<String, Object> row) {
    }

    /** What the import will write: rows in table order, deletions last (children first), and the counts. */
    record Plan(List<Change> writes, List<Change> deletes, int inserted, int updated, int unchanged) {
    }

    /** The rows held now, in the same JSON form; column types for reading the package's values. */
    interface Held {
        Map<String, Class<?>> columnTypes(PackageTable table);

        List<Map<String, Object>> rows(PackageTable table, String column, Set<UUID> ids);
    }

    private final Held held;
    private final UUID officeId;
    private final Map<String, Set<UUID>> packaged = new HashMap<>();
    private final Map<String, Set<UUID>> older = new HashMap<>();
    private final List<Change> writes = new ArrayList<>();
    private final List<Change> deletes = new ArrayList<>();
    private int unchanged;

    private PackageMerge(Held held, UUID officeId) {
        this.held = held;
        this.officeId = officeId;
    }

    static Plan plan(PackageContent content, Held held) {
        PackageMerge merge = new PackageMerge(held, content.officeId());
        for (PackageTable table : PackageTable.ALL) {
            List<Map<String, Object>> rows = merge.read(table, content);
            if (table.isChild()) {
                merge.children(table, rows);
            } else {
                merge.roots(table, rows);
            }
        }
        List<Change> deletes = new ArrayList<>(merge.deletes);
        java.util.Collections.reverse(deletes);
        int inserted = (int) merge.writes.stream().filter(c -> c.kind() == Kind.INSERT).count();
        return new Plan(List.copyOf(merge.writes), deletes, inserted,
                merge.writes.size() - inserted + deletes.size(), merge.unchanged);
    }

    /** The package's rows of a table, every value read as its column's type (a wrong one refuses the package). */
    private List<Map<String, Object>> read(PackageTable table, PackageContent content) {
        Map<String, Class<?>> types = held.columnTypes(table);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : content.table(table.name()).map(TableRows::asMaps).orElse(List.of())) {
            Map<String, Object> clean = new LinkedHashMap<>();
            for (Map.Entry<String, Object> value : row.entrySet()) {
                Class<?> type = types.get(value.getKey());
                if (type == null) {
                    throw new IllegalArgumentException("Unknown column " + table.name() + "." + value.getKey());
                }
                clean.put(value.getKey(), JsonValues.normalised(value.getValue(), type));
            }
            for (String key : table.key()) {
                if (clean.get(key) == null) {
                    throw new IllegalArgumentException("A row of " + table.name() + " has no " + key);
                }
            }
            if (table.hasOrigin() && !officeId.toString().equals(clean.get(PackageTable.ORIGIN))
                    || table == PackageTable.OFFICE && !officeId.toString().equals(clean.get("id"))) {
                throw new UserException("package.error.foreignRecord", table.name(), clean.get("id"));
            }
            if (table == PackageTable.OFFICE) {
                clean.put("is_local", Boolean.FALSE);
            }
            rows.add(clean);
        }
        if (table == PackageTable.OFFICE && rows.size() != 1) {
            throw new IllegalArgumentException("A package holds exactly one office row");
        }
        return rows;
    }

    private void roots(PackageTable table, List<Map<String, Object>> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(row -> ids.add(UUID.fromString((String) row.get("id"))));
        packaged.put(table.name(), ids);
        Map<Object, Map<String, Object>> existing = new HashMap<>();
        held.rows(table, "id", ids).forEach(row -> existing.put(row.get("id"), row));
        for (Map<String, Object> row : rows) {
            Map<String, Object> now = existing.get(row.get("id"));
            if (now == null) {
                writes.add(new Change(table, Kind.INSERT, row));
            } else if (table == PackageTable.OFFICE && Boolean.TRUE.equals(now.get("is_local"))) {
                throw new UserException("package.error.ownOffice");
            } else if (table.hasOrigin() && !Objects.equals(now.get(PackageTable.ORIGIN), row.get(PackageTable.ORIGIN))) {
                if (!table.isCatalog()) {
                    throw new UserException("package.error.foreignRecord", table.name(), row.get("id"));
                }
                unchanged++; // a catalog row both offices share (the seeded fields): theirs to keep
            } else if (same(row, now)) {
                unchanged++;
            } else if (newer(row.get(table.updatedAt()), now.get(table.updatedAt()))) {
                writes.add(new Change(table, Kind.UPDATE, row));
            } else {
                unchanged++;
                older.computeIfAbsent(table.name(), t -> new HashSet<>()).add(UUID.fromString((String) row.get("id")));
            }
        }
    }

    private void children(PackageTable table, List<Map<String, Object>> rows) {
        Set<UUID> parents = new HashSet<>(packaged.getOrDefault(table.parentTable(), Set.of()));
        Set<UUID> skipped = older.getOrDefault(table.parentTable(), Set.of());
        parents.removeAll(skipped);
        Map<List<Object>, Map<String, Object>> existing = new HashMap<>();
        held.rows(table, table.parent(), parents).forEach(row -> existing.put(key(table, row), row));
        for (Map<String, Object> row : rows) {
            UUID parent = UUID.fromString((String) row.get(table.parent()));
            if (skipped.contains(parent)) {
                unchanged++;
                continue;
            }
            if (!parents.contains(parent)) {
                throw new IllegalArgumentException("A row of " + table.name() + " has no parent in the package");
            }
            Map<String, Object> now = existing.remove(key(table, row));
            if (now == null) {
                writes.add(new Change(table, Kind.INSERT, row));
            } else if (same(row, now)) {
                unchanged++;
            } else {
                writes.add(new Change(table, Kind.UPDATE, row));
            }
        }
        existing.values().forEach(row -> deletes.add(new Change(table, Kind.DELETE, row)));
    }

    private static List<Object> key(PackageTable table, Map<String, Object> row) {
        return table.key().stream().map(row::get).toList();
    }

    /** Whether every value of the package's row is the value held (columns the package lacks are not compared). */
    private static boolean same(Map<String, Object> incoming, Map<String, Object> now) {
        return incoming.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(), now.get(e.getKey())));
    }

    private static boolean newer(Object incoming, Object now) {
        if (incoming == null) {
            return false;
        }
        return now == null || Instant.parse((String) incoming).isAfter(Instant.parse((String) now));
    }
}
