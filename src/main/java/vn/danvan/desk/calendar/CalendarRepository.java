package vn.danvan.desk.calendar;

import static vn.danvan.desk.common.db.generated.Tables.CALENDAR_DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.db.AppSettings;
import vn.danvan.desk.common.db.Database;

/** The office's calendar overrides ({@code calendar_day}) and its holiday rules (two rows of {@code app_setting}). */
public final class CalendarRepository {

    static final String TET_DAYS_KEY = "holidayRules.tetDays";
    static final String NATIONAL_DAY_ADJACENT_KEY = "holidayRules.nationalDayAdjacent";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarRepository.class);

    private final DSLContext dsl;
    private final Clock clock;
    private final AppSettings settings;

    public CalendarRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
        this.settings = new AppSettings(database, clock);
    }

    public List<CalendarOverride> findAll() {
        return dsl.selectFrom(CALENDAR_DAY).orderBy(CALENDAR_DAY.CALENDAR_DATE).fetch(CalendarRepository::toOverride);
    }

    public Optional<CalendarOverride> find(LocalDate date) {
        return dsl.selectFrom(CALENDAR_DAY).where(CALENDAR_DAY.CALENDAR_DATE.eq(date))
                .fetchOptional(CalendarRepository::toOverride);
    }

    /** Adds the override, or replaces the one already set for its date. */
    public void save(CalendarOverride override) {
        dsl.insertInto(CALENDAR_DAY)
                .set(CALENDAR_DAY.CALENDAR_DATE, override.date())
                .set(CALENDAR_DAY.DAY_OFF, override.dayOff())
                .set(CALENDAR_DAY.NAME, override.name())
                .set(CALENDAR_DAY.CREATED_AT, clock.instant())
                .onDuplicateKeyUpdate()
                .set(CALENDAR_DAY.DAY_OFF, override.dayOff())
                .set(CALENDAR_DAY.NAME, override.name())
                .set(CALENDAR_DAY.CREATED_AT, clock.instant())
                .execute();
    }

    /** Whether there was an override to delete. */
    public boolean delete(LocalDate date) {
        return dsl.deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.CALENDAR_DATE.eq(date)).execute() > 0;
    }

    /** The stored rules; the default for any rule never stored or no longer understood. */
    public HolidayRules loadRules() {
        HolidayRules defaults = HolidayRules.DEFAULT;
        int tetDays = setting(TET_DAYS_KEY).map(value -> {
            try {
                int days = Integer.parseInt(value);
                return CalendarRules.tetDays(days).isEmpty() ? days : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElseGet(() -> unreadable(TET_DAYS_KEY, defaults.tetDays()));
        NationalDayAdjacent adjacent = setting(NATIONAL_DAY_ADJACENT_KEY).map(value -> {
            try {
                return NationalDayAdjacent.valueOf(value);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).orElseGet(() -> unreadable(NATIONAL_DAY_ADJACENT_KEY, defaults.nationalDayAdjacent()));
        return new HolidayRules(tetDays, adjacent);
    }

    public void saveRules(HolidayRules rules) {
        saveSetting(TET_DAYS_KEY, String.valueOf(rules.tetDays()));
        saveSetting(NATIONAL_DAY_ADJACENT_KEY, rules.nationalDayAdjacent().name());
    }

    private <T> T unreadable(String key, T fallback) {
        if (settings.has(key)) {
            LOG.warn("Setting {} is not understood; using {}", key, fallback);
        }
        return fallback;
    }

    private Optional<String> setting(String key) {
        return settings.get(key);
    }

    private void saveSetting(String key, String value) {
        settings.put(key, value);
    }

    private static CalendarOverride toOverride(Record row) {
        return new CalendarOverride(row.get(CALENDAR_DAY.CALENDAR_DATE), row.get(CALENDAR_DAY.DAY_OFF),
                row.get(CALENDAR_DAY.NAME));
    }
}
