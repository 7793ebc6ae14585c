package vn.danvan.desk;

import java.nio.file.Path;
import java.time.Clock;
import vn.danvan.desk.calendar.CalendarRepository;
import vn.danvan.desk.calendar.CalendarService;
import vn.danvan.desk.calendar.LunarCalendar;
import vn.danvan.desk.calendar.VietnamHolidays;
import vn.danvan.desk.catalog.field.FieldRepository;
import vn.danvan.desk.catalog.field.FieldService;
import vn.danvan.desk.catalog.unit.HandlingUnitRepository;
import vn.danvan.desk.catalog.unit.HandlingUnitService;
import vn.danvan.desk.catalog.village.VillageRepository;
import vn.danvan.desk.catalog.village.VillageService;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.office.OfficeRepository;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.security.AuthService;
import vn.danvan.desk.security.OfficerRepository;
import vn.danvan.desk.security.OfficerService;
import vn.danvan.desk.security.PasswordHasher;
import vn.danvan.desk.settings.LocalPreferences;
import vn.danvan.desk.setup.SetupService;
import vn.danvan.desk.shell.RecordCountRepository;

/**
 * The composition root: opens the office's database and wires every repository and service by hand.
 * Shared by the window and the command line; one instance per open database.
 */
public final class AppServices implements AutoCloseable {

    private final Database database;
    private final LocalPreferences preferences;
    private final OfficeService offices;
    private final OfficerService officers;
    private final AuthService auth;
    private final SetupService setup;
    private final VillageService villages;
    private final FieldService fields;
    private final HandlingUnitService units;
    private final CalendarService calendar;
    private final RecordCountRepository recordCounts;

    private AppServices(Database database, Clock clock, int passwordCost) {
        this.database = database;
        var transactions = database.transactions();
        this.preferences = new LocalPreferences(database.directory());
        PasswordHasher hasher = new PasswordHasher(passwordCost);
        OfficeRepository officeRepository = new OfficeRepository(database, clock);
        OfficerRepository officerRepository = new OfficerRepository(database, clock);
        this.offices = new OfficeService(officeRepository);
        this.officers = new OfficerService(officerRepository, hasher, transactions);
        this.auth = new AuthService(officerRepository, hasher);
        this.setup = new SetupService(officeRepository, officers, transactions, preferences);
        this.villages = new VillageService(new VillageRepository(database, clock), transactions);
        this.fields = new FieldService(new FieldRepository(database, clock), transactions);
        this.units = new HandlingUnitService(new HandlingUnitRepository(database, clock), transactions);
        this.calendar = new CalendarService(new CalendarRepository(database, clock), transactions,
                new VietnamHolidays(new LunarCalendar()));
        this.recordCounts = new RecordCountRepository(database);
    }

    /** Opens the database in {@code dataFolder} with production settings. */
    public static AppServices open(Path dataFolder) throws DatabaseOpenException {
        return open(dataFolder, Clock.systemUTC(), PasswordHasher.DEFAULT_COST);
    }

    /** Opens with a given clock and bcrypt cost (tests use a low cost to stay fast). */
    public static AppServices open(Path dataFolder, Clock clock, int passwordCost) throws DatabaseOpenException {
        return new AppServices(Database.open(dataFolder), clock, passwordCost);
    }

    public Database database() {
        return database;
    }

    public LocalPreferences preferences() {
        return preferences;
    }

    public OfficeService offices() {
        return offices;
    }

    public OfficerService officers() {
        return officers;
    }

    public AuthService auth() {
        return auth;
    }

    public SetupService setup() {
        return setup;
    }

    public VillageService villages() {
        return villages;
    }

    public FieldService fields() {
        return fields;
    }

    public HandlingUnitService units() {
        return units;
    }

    /** The working calendar: holidays, the office's overrides, working-day arithmetic for due dates. */
    public CalendarService calendar() {
        return calendar;
    }

    public RecordCountRepository recordCounts() {
        return recordCounts;
    }

    @Override
    public void close() {
        database.close();
    }
}
