package vn.danvan.desk.office;

import static vn.danvan.desk.common.db.generated.Tables.OFFICE;

import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.generated.tables.records.OfficeRecord;
import vn.danvan.desk.common.text.VietnameseText;

/** The local office's profile row. */
public final class OfficeRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public OfficeRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public Optional<OfficeProfile> findLocal() {
        return dsl.selectFrom(OFFICE).where(OFFICE.IS_LOCAL.isTrue()).fetchOptional().map(OfficeRepository::toProfile);
    }

    /** Every office whose records this database holds: this office first, then those imported, by name. */
    public java.util.List<OfficeProfile> findAll() {
        return dsl.selectFrom(OFFICE).orderBy(OFFICE.IS_LOCAL.desc(), OFFICE.NAME).fetch(OfficeRepository::toProfile);
    }

    public void insertLocal(OfficeProfile profile) {
        OfficeRecord row = dsl.newRecord(OFFICE);
        fill(row, profile);
        row.setId(profile.id());
        row.setIsLocal(true);
        row.setCreatedAt(clock.instant());
        row.store();
    }

    public void update(OfficeProfile profile) {
        OfficeRecord row = dsl.fetchSingle(OFFICE, OFFICE.ID.eq(profile.id()));
        fill(row, profile);
        row.store();
    }

    private void fill(OfficeRecord row, OfficeProfile profile) {
        row.setName(VietnameseText.clean(profile.name()))
                .setLevel(profile.level().name())
                .setProvince(VietnameseText.clean(profile.province()))
                .setCommuneCode(VietnameseText.cleanOrNull(profile.communeCode()))
                .setHigherLevelName(VietnameseText.clean(profile.higherLevelName()))
                .setHeadName(VietnameseText.cleanOrNull(profile.headName()))
                .setHeadTitle(VietnameseText.cleanOrNull(profile.headTitle()))
                .setUpdatedAt(clock.instant());
    }

    private static OfficeProfile toProfile(OfficeRecord row) {
        return new OfficeProfile(row.getId(), row.getName(), OfficeLevel.valueOf(row.getLevel()), row.getProvince(),
                row.getCommuneCode(), row.getHigherLevelName(), row.getHeadName(), row.getHeadTitle());
    }
}
