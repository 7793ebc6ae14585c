package vn.danvan.desk.common.db;

import static vn.danvan.desk.common.db.generated.Tables.APP_SETTING;

import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;

/** The office's settings kept in the database ({@code app_setting}: one text value per key). */
public final class AppSettings {

    private final DSLContext dsl;
    private final Clock clock;

    public AppSettings(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public boolean has(String key) {
        return dsl.fetchExists(APP_SETTING, APP_SETTING.SETTING_KEY.eq(key));
    }

    /** The whole number stored under {@code key}, or {@code fallback} when none or not a number. */
    public int getInt(String key, int fallback) {
        return get(key).map(value -> {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(fallback);
    }

    public void put(String key, String value) {
        dsl.insertInto(APP_SETTING)
                .set(APP_SETTING.SETTING_KEY, key)
                .set(APP_SETTING.SETTING_VALUE, value)
                .set(APP_SETTING.UPDATED_AT, clock.instant())
                .onDuplicateKeyUpdate()
                .set(APP_SETTING.SETTING_VALUE, value)
                .set(APP_SETTING.UPDATED_AT, clock.instant())
                .execute();
    }
}
