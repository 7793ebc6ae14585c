package vn.danvan.desk.handover;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION;
import static vn.danvan.desk.common.db.generated.Tables.OFFICE;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_REPRESENTATIVE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.generated.DefaultSchema;
import vn.danvan.desk.petition.OfficeClock;

/**
 * Reads what a package of the local office for a period holds (README, "Gói dữ liệu"):
 * <ul>
 *   <li>the petitions of this office received in the period or changed in it (updated in office time within it),
 *       with their history, extensions, representatives and the links between them;</li>
 *   <li>the dialogue sessions held in the period or changed in it, with chairs, villages, assignments and opinions;
 *       a session a packaged petition came from, and a petition an opinion of a packaged session became, are
 *       added so that every reference of the package resolves;</li>
 *   <li>the citizens those name, and the whole of the office's own catalogs (villages, fields, units: small).</li>
 * </ul>
 * Every origin-bearing row travels with the sending office as its origin; officers travel as empty.
 */
public final class PackageExportRepository {

    private static final int CHUNK = 1000;

    private final DSLContext dsl;

    public PackageExportRepository(Database database) {
        this.dsl = database.dsl();
    }

    PackageContent read(UUID officeId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(OfficeClock.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant();
        Condition own = PETITION.ORIGIN_OFFICE_ID.eq(officeId).or(PETITION.ORIGIN_OFFICE_ID.isNull());
        Set<UUID> petitions = new LinkedHashSet<>(dsl.select(PETITION.ID).from(PETITION).where(own.and(
                PETITION.RECEIVED_DATE.between(from, to).or(PETITION.UPDATED_AT.ge(start).and(
                        PETITION.UPDATED_AT.lt(end))))).fetch(PETITION.ID));
        Condition ownSession = DIALOGUE_SESSION.ORIGIN_OFFICE_ID.eq(officeId)
                .or(DIALOGUE_SESSION.ORIGIN_OFFICE_ID.isNull());
        Set<UUID> sessions = new LinkedHashSet<>(dsl.select(DIALOGUE_SESSION.ID).from(DIALOGUE_SESSION)
                .where(ownSession.and(DIALOGUE_SESSION.SESSION_DATE.between(from, to).or(
                        DIALOGUE_SESSION.UPDATED_AT.ge(start).and(DIALOGUE_SESSION.UPDATED_AT.lt(end)))))
                .fetch(DIALOGUE_SESSION.ID));
        // close the references: petitions name their session, opinions name the petition they became
        while (true) {
            int before = petitions.size() + sessions.size();
            sessions.addAll(idsOf(PETITION.DIALOGUE_SESSION_ID, PETITION.ID, petitions));
            petitions.addAll(idsOf(OPINION.PETITION_ID, OPINION.SESSION_ID, sessions));
            if (petitions.size() + sessions.size() == before) {
                break;
            }
        }
        Set<UUID> citizens = new LinkedHashSet<>(idsOf(PETITION.PETITIONER_ID, PETITION.ID, petitions));
        citizens.addAll(idsOf(PETITION_REPRESENTATIVE.CITIZEN_ID, PETITION_REPRESENTATIVE.PETITION_ID, petitions));
        citizens.addAll(idsOf(OPINION.SPEAKER_CITIZEN_ID, OPINION.SESSION_ID, sessions));

        List<TableRows> tables = new ArrayList<>();
        tables.add(rows(PackageTable.OFFICE, officeId, List.of(OFFICE.ID.eq(officeId))));
        for (PackageTable catalog : List.of(PackageTable.VILLAGE, PackageTable.FIELD, PackageTable.UNIT)) {
            tables.add(rows(catalog, officeId, List.of(column(table(catalog), PackageTable.ORIGIN).isNull())));
        }
        tables.add(rows(PackageTable.CITIZEN, officeId, byIds(table(PackageTable.CITIZEN), "id", citizens)));
        for (PackageTable t : PackageTable.ALL) {
            if (t == PackageTable.SESSION || t.isChild() && t.parentTable().equals(PackageTable.SESSION.name())) {
                tables.add(rows(t, officeId, byIds(table(t), t.isChild() ? t.parent() : "id", sessions)));
            } else if (t == PackageTable.PETITION || t.isChild()) {
                tables.add(rows(t, officeId, byIds(table(t), t.isChild() ? t.parent() : "id", petitions)));
            }
        }
        // a link travels only when both of its petitions do
        tables.replaceAll(t -> t.table().equals(PackageTable.LINK.name()) ? onlyLinksWithin(t, petitions) : t);
        return new PackageContent(officeId, from, to, tables);
    }

    private static TableRows onlyLinksWithin(TableRows links, Set<UUID> petitions) {
        int linked = links.columns().indexOf("linked_petition_id");
        return new TableRows(links.table(), links.columns(), links.rows().stream()
                .filter(row -> petitions.contains(UUID.fromString((String) row.get(linked)))).toList());
    }

    private List<UUID> idsOf(TableField<?, UUID> wanted, TableField<?, UUID> by, Collection<UUID> ids) {
        List<UUID> found = new ArrayList<>();
        for (Condition chunk : inChunks(by, ids)) {
            found.addAll(dsl.selectDistinct(wanted).from(wanted.getTable()).where(chunk, wanted.isNotNull())
                    .fetch(wanted));
        }
        return found;
    }

    private TableRows rows(PackageTable spec, UUID officeId, List<Condition> conditions) {
        Table<?> table = table(spec);
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            if (!spec.skipped().contains(lower(field))) {
                fields.add(field);
            }
        }
        List<String> columns = fields.stream().map(PackageExportRepository::lower).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Condition condition : conditions) {
            for (Record record : dsl.select(fields).from(table).where(condition).fetch()) {
                List<Object> row = new ArrayList<>(fields.size());
                for (Field<?> field : fields) {
                    String name = lower(field);
                    Object value = record.get(field);
                    if (spec.blanked().contains(name)) {
                        value = null;
                    } else if (name.equals(PackageTable.ORIGIN) && spec.hasOrigin()
                            || spec == PackageTable.OFFICE && name.equals("is_local")) {
                        value = spec == PackageTable.OFFICE ? Boolean.TRUE : officeId;
                    }
                    row.add(JsonValues.toJson(value));
                }
                rows.add(row);
            }
        }
        return new TableRows(spec.name(), columns, rows);
    }

    private List<Condition> byIds(Table<?> table, String column, Collection<UUID> ids) {
        return inChunks(column(table, column), ids);
    }

    /** {@code IN} lists of literal ids, a thousand at a time (H2 uses the index for literals, not for binds). */
    private static List<Condition> inChunks(Field<UUID> field, Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<Condition> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(field.in(all.subList(i, Math.min(all.size(), i + CHUNK)).stream()
                    .map(id -> (Field<UUID>) DSL.inline(id)).toList()));
        }
        return chunks;
    }

    static Table<?> table(PackageTable spec) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(spec.name().toUpperCase(Locale.ROOT));
        if (table == null) {
            throw new IllegalStateException("No table " + spec.name());
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    static Field<UUID> column(Table<?> table, String name) {
        return (Field<UUID>) table.field(name.toUpperCase(Locale.ROOT));
    }

    static String lower(Field<?> field) {
        return field.getName().toLowerCase(Locale.ROOT);
    }
}
