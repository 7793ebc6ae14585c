package vn.danvan.desk.handover;

import static vn.danvan.desk.common.db.generated.Tables.PACKAGE_IMPORT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;

/** Reads the rows a package would touch and writes the merge's plan; logs every imported package. */
public final class PackageImportRepository implements PackageMerge.Held {

    private static final int CHUNK = 1000;

    private final DSLContext dsl;
    private final Clock clock;

    public PackageImportRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    @Override
    public Map<String, Class<?>> columnTypes(PackageTable table) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Field<?> field : fields(table)) {
            types.put(PackageExportRepository.lower(field), field.getType());
        }
        return types;
    }

    @Override
    public List<Map<String, Object>> rows(PackageTable spec, String column, Set<UUID> ids) {
        Table<?> table = PackageExportRepository.table(spec);
        List<Field<?>> fields = fields(spec);
        List<UUID> all = List.copyOf(ids);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Field<UUID>> chunk = all.subList(i, Math.min(all.size(), i + CHUNK)).stream()
                    .map(id -> (Field<UUID>) DSL.inline(id)).toList();
            for (Record record : dsl.select(fields).from(table)
                    .where(PackageExportRepository.column(table, column).in(chunk)).fetch()) {
                Map<String, Object> row = new HashMap<>();
                for (Field<?> field : fields) {
                    row.put(PackageExportRepository.lower(field), JsonValues.toJson(record.get(field)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Writes the plan: inserts and updates parents first, then deletions children first. Rows of one table and kind
     * go as one JDBC batch of one prepared statement. Call in a transaction.
     */
    void apply(PackageMerge.Plan plan) {
        List<PackageMerge.Change> all = new ArrayList<>(plan.writes());
        all.addAll(plan.deletes());
        try {
            int i = 0;
            while (i < all.size()) {
                PackageMerge.Change first = all.get(i);
                int j = i;
                while (j < all.size() && all.get(j).table() == first.table() && all.get(j).kind() == first.kind()
                        && all.get(j).row().keySet().equals(first.row().keySet())) {
                    j++;
                }
                for (int from = i; from < j; from += CHUNK) {
                    batch(all.subList(from, Math.min(j, from + CHUNK)));
                }
                i = j;
            }
        } catch (org.jooq.exception.DataAccessException e) {
            org.slf4j.LoggerFactory.getLogger(PackageImportRepository.class)
                    .warn("Package rows do not fit this database: {}", e.getMessage());
            throw new vn.danvan.desk.common.UserException("package.error.conflict");
        }
    }

    /** One prepared statement for changes of the same table, kind and columns, bound once per row. */
    private void batch(List<PackageMerge.Change> changes) {
        PackageMerge.Change first = changes.get(0);
        Table<?> table = PackageExportRepository.table(first.table());
        Map<String, Class<?>> types = columnTypes(first.table());
        List<String> keys = first.table().key();
        List<String> columns = first.kind() == PackageMerge.Kind.DELETE ? List.of()
                : List.copyOf(first.row().keySet());
        Condition where = DSL.and(keys.stream().map(k -> typed(table, k).eq((Object) null)).toList());
        Query query = switch (first.kind()) {
            case INSERT -> dsl.insertInto(table).columns(columns.stream().map(c -> typed(table, c)).toList())
                    .values(columns.stream().map(c -> (Object) null).toList());
            case UPDATE -> {
                Map<Field<?>, Object> values = new LinkedHashMap<>();
                columns.forEach(c -> values.put(typed(table, c), null));
                yield dsl.update(table).set(values).where(where);
            }
            case DELETE -> dsl.deleteFrom(table).where(where);
        };
        var batch = dsl.batch(query);
        for (PackageMerge.Change change : changes) {
            List<Object> binds = new ArrayList<>();
            columns.forEach(c -> binds.add(JsonValues.fromJson(change.row().get(c), types.get(c))));
            if (change.kind() != PackageMerge.Kind.INSERT) {
                keys.forEach(k -> binds.add(JsonValues.fromJson(change.row().get(k), types.get(k))));
            }
            batch = batch.bind(binds.toArray());
        }
        batch.execute();
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> typed(Table<?> table, String column) {
        return (Field<Object>) table.field(column.toUpperCase(java.util.Locale.ROOT));
    }

    private static List<Field<?>> fields(PackageTable spec) {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> field : PackageExportRepository.table(spec).fields()) {
            if (!spec.skipped().contains(PackageExportRepository.lower(field))) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** Records the import of a package (a package imported again replaces the earlier row). */
    void log(PackageHeader header, PackageMerge.Plan plan) {
        dsl.deleteFrom(PACKAGE_IMPORT).where(PACKAGE_IMPORT.PACKAGE_ID.eq(header.packageId())).execute();
        dsl.insertInto(PACKAGE_IMPORT)
                .set(PACKAGE_IMPORT.PACKAGE_ID, header.packageId())
                .set(PACKAGE_IMPORT.OFFICE_ID, header.officeId())
                .set(PACKAGE_IMPORT.PERIOD_FROM, header.from())
                .set(PACKAGE_IMPORT.PERIOD_TO, header.to())
                .set(PACKAGE_IMPORT.CREATED_AT, header.createdAt())
                .set(PACKAGE_IMPORT.IMPORTED_AT, clock.instant())
                .set(PACKAGE_IMPORT.INSERTED_ROWS, plan.inserted())
                .set(PACKAGE_IMPORT.UPDATED_ROWS, plan.updated())
                .set(PACKAGE_IMPORT.UNCHANGED_ROWS, plan.unchanged())
                .execute();
    }

}
