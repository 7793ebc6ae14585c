package vn.danvan.desk;

import java.nio.file.Path;
import java.time.Clock;
import javax.crypto.SecretKey;
import vn.danvan.desk.attachment.AttachmentRepository;
import vn.danvan.desk.attachment.AttachmentService;
import vn.danvan.desk.audit.AuditRepository;
import vn.danvan.desk.audit.AuditService;
import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.bench.DashboardBenchmark;
import vn.danvan.desk.backup.AutomaticBackups;
import vn.danvan.desk.backup.BackupCountRepository;
import vn.danvan.desk.backup.BackupService;
import vn.danvan.desk.backup.BackupSettings;
import vn.danvan.desk.bench.PetitionBenchmark;
import vn.danvan.desk.citizen.CitizenRepository;
import vn.danvan.desk.citizen.CitizenService;
import vn.danvan.desk.dashboard.DashboardRepository;
import vn.danvan.desk.dashboard.DashboardService;
import vn.danvan.desk.demo.DemoDataGenerator;
import vn.danvan.desk.petition.DueDateRecalculation;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionBrowser;
import vn.danvan.desk.petition.PetitionChoices;
import vn.danvan.desk.petition.PetitionIntake;
import vn.danvan.desk.dialogue.DialogueRepository;
import vn.danvan.desk.dialogue.DialogueObligations;
import vn.danvan.desk.dialogue.DialogueService;
import vn.danvan.desk.dialogue.MinutesService;
import vn.danvan.desk.common.db.AppSettings;
import vn.danvan.desk.dialogue.csv.DialogueCsvImport;
import vn.danvan.desk.petition.PetitionQueryRepository;
import vn.danvan.desk.petition.PetitionRepository;
import vn.danvan.desk.petition.PetitionSearchRebuild;
import vn.danvan.desk.petition.PetitionService;
import vn.danvan.desk.petition.PetitionTransitions;
import vn.danvan.desk.petition.PossibleDuplicates;
import vn.danvan.desk.petition.deadline.DeadlineRuleRepository;
import vn.danvan.desk.petition.deadline.DeadlineRuleService;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;
import vn.danvan.desk.petition.search.SearchIndexRepository;
import vn.danvan.desk.petition.search.SearchPurgeRepository;
import vn.danvan.desk.privacy.CitizenRetention;
import vn.danvan.desk.privacy.PersonalDataRepository;
import vn.danvan.desk.privacy.PersonalDataService;
import vn.danvan.desk.petition.search.WordSearch;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.document.DocumentFonts;
import vn.danvan.desk.report.MonthlyListRepository;
import vn.danvan.desk.report.MonthlyListService;
import vn.danvan.desk.report.summary.PeriodSummaryService;
import vn.danvan.desk.report.summary.SummaryRepository;
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
import vn.danvan.desk.common.db.DataKey;
import vn.danvan.desk.common.db.CodeSequences;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.handover.PackageExportRepository;
import vn.danvan.desk.handover.PackageImportRepository;
import vn.danvan.desk.handover.PackageService;
import vn.danvan.desk.handover.SigningKeyRepository;
import vn.danvan.desk.listimport.ImportRunRepository;
import vn.danvan.desk.listimport.ListImportRepository;
import vn.danvan.desk.listimport.ListImportService;
import vn.danvan.desk.office.OfficeRepository;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.security.AuthService;
import vn.danvan.desk.security.OfficerKeys;
import vn.danvan.desk.security.keys.KeyVault;
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

    private static final String ATTACHMENTS = "attachments";

    private final Database database;
    private final AuditTrail auditTrail;
    private final AuditService auditLog;
    /** Who the audit log names for work without an explicit actor: the officer logged in, once there is one. */
    private volatile Actor currentActor = Actor.system();
    private final LocalPreferences preferences;
    private final OfficeService offices;
    private final OfficerService officers;
    private final AuthService auth;
    private final SetupService setup;
    private final VillageService villages;
    private final FieldService fields;
    private final HandlingUnitService units;
    private final CalendarService calendar;
    private final DeadlineRuleService deadlineRules;
    private final OfficeClock officeClock;
    private final CitizenService citizens;
    private final PetitionIntake intake;
    private final DialogueService dialogues;
    private final DialogueObligations obligations;
    private final DialogueCsvImport dialogueImport;
    private final MinutesService minutes;
    private final PetitionService petitions;
    private final PetitionBrowser browser;
    private final PossibleDuplicates duplicates;
    private final PetitionChoices choices;
    private final DueDateRecalculation dueDates;
    private final DemoDataGenerator demoData;
    private final PetitionBenchmark benchmark;
    private final AttachmentService attachments;
    private final RecordCountRepository recordCounts;
    private final MonthlyListService monthlyList;
    private final PeriodSummaryService periodSummary;
    private final ListImportService listImport;
    private final DashboardService dashboard;
    private final DashboardBenchmark dashboardBenchmark;
    private final BackupService backups;
    private final BackupSettings backupSettings;
    private final AutomaticBackups automaticBackups;
    private final PersonalDataService personalData;
    private final CitizenRetention retention;
    private final PackageService packages;

    private AppServices(Database database, Clock clock, int passwordCost, OfficerKeys keys, SecretKey fileKey,
                        DataKey dataKey) {
        this.database = database;
        var transactions = database.transactions();
        this.preferences = new LocalPreferences(database.directory());
        PasswordHasher hasher = new PasswordHasher(passwordCost);
        AuditRepository audit = new AuditRepository(database, clock);
        this.auditTrail = new AuditTrail(audit, () -> currentActor);
        this.auditLog = new AuditService(audit);
        OfficeRepository officeRepository = new OfficeRepository(database, clock);
        OfficerRepository officerRepository = new OfficerRepository(database, clock);
        this.offices = new OfficeService(officeRepository, auditTrail, transactions);
        this.officers = new OfficerService(officerRepository, hasher, transactions, keys, auditTrail);
        this.auth = new AuthService(officerRepository, hasher);
        this.setup = new SetupService(officeRepository, officers, transactions, preferences);
        this.villages = new VillageService(new VillageRepository(database, clock), transactions, auditTrail);
        this.fields = new FieldService(new FieldRepository(database, clock), transactions, auditTrail);
        this.units = new HandlingUnitService(new HandlingUnitRepository(database, clock), transactions,
                auditTrail);
        // due dates follow the calendar and the rules: a change of either re-computes the open petitions'
        this.calendar = new CalendarService(new CalendarRepository(database, clock), transactions,
                new VietnamHolidays(new LunarCalendar()), this::recomputeDueDates, auditTrail);
        this.deadlineRules = new DeadlineRuleService(new DeadlineRuleRepository(database, clock), transactions,
                this::recomputeDueDates, auditTrail);
        PetitionDeadlines deadlines = new PetitionDeadlines(deadlineRules::rules, calendar::calendar);
        this.officeClock = new OfficeClock(clock);
        PetitionRepository petitionRepository = new PetitionRepository(database, clock);
        SearchIndexRepository searchIndex = new SearchIndexRepository(database);
        PetitionQueryRepository queries = new PetitionQueryRepository(database, new WordSearch(searchIndex));
        this.citizens = new CitizenService(new CitizenRepository(database, clock));
        this.intake = new PetitionIntake(petitionRepository, searchIndex, citizens, deadlines, transactions,
                officeClock, () -> offices.requireLocalOffice().id(), auditTrail);
        this.petitions = new PetitionService(petitionRepository, new PetitionTransitions(deadlines), auditTrail,
                transactions, officeClock);
        this.browser = new PetitionBrowser(queries, deadlines, officeClock);
        DashboardRepository dashboardRepository = new DashboardRepository(database);
        this.dashboard = new DashboardService(dashboardRepository, browser, officeClock);
        this.dashboardBenchmark = new DashboardBenchmark(dashboard, dashboardRepository, browser);
        this.duplicates = new PossibleDuplicates(queries);
        this.choices = new PetitionChoices(fields, villages, units);
        this.dueDates = new DueDateRecalculation(petitionRepository, deadlines, transactions);
        this.demoData = new DemoDataGenerator(database, offices, villages, fields, units, deadlines, officeClock,
                searchIndex);
        this.benchmark = new PetitionBenchmark(database, browser, petitions, officeClock);
        this.attachments = new AttachmentService(new AttachmentRepository(database, clock), transactions,
                database.directory(), fileKey);
        this.recordCounts = new RecordCountRepository(database);
        DialogueRepository dialogueRepository = new DialogueRepository(database, clock);
        this.dialogues = new DialogueService(dialogueRepository, intake, petitions, transactions, officeClock,
                () -> offices.requireLocalOffice().id(), auditTrail);
        this.obligations = new DialogueObligations(dialogueRepository, new AppSettings(database, clock), officeClock);
        this.dialogueImport = new DialogueCsvImport(villages, fields, dialogues, officeClock);
        this.minutes = new MinutesService(dialogues, offices, choices, DocumentFonts::load);
        MonthlyListRepository monthlyListRepository = new MonthlyListRepository(database);
        this.monthlyList = new MonthlyListService(monthlyListRepository, offices, deadlines,
                petitionRepository, audit, transactions, officeClock, DocumentFonts::load);
        this.periodSummary = new PeriodSummaryService(new SummaryRepository(database, monthlyListRepository),
                new AppSettings(database, clock), offices, deadlines, officeClock, DocumentFonts::load);
        this.listImport = new ListImportService(villages, fields, units, deadlines,
                new ListImportRepository(database, clock), searchIndex, new CodeSequences(database), transactions,
                officeClock, () -> offices.requireLocalOffice().id(), auditTrail,
                new ImportRunRepository(database, clock));
        this.backups = new BackupService(database, dataKey, new BackupCountRepository(database), audit,
                () -> offices.localOffice().map(vn.danvan.desk.office.OfficeProfile::name).orElse(""), clock);
        this.backupSettings = new BackupSettings(preferences);
        this.automaticBackups = new AutomaticBackups(backups, backupSettings, clock, OfficeClock.ZONE);
        PetitionSearchRebuild search = new PetitionSearchRebuild(petitionRepository, searchIndex, transactions,
                new SearchPurgeRepository(database));
        PersonalDataRepository personalRepository = new PersonalDataRepository(database);
        this.personalData = new PersonalDataService(personalRepository, petitions, attachments, search, auditTrail,
                transactions, clock, () -> offices.localOffice().map(vn.danvan.desk.office.OfficeProfile::name)
                .orElse(""));
        this.retention = new CitizenRetention(new AppSettings(database, clock), personalRepository, personalData,
                auditTrail, transactions, officeClock);
        this.packages = new PackageService(new PackageExportRepository(database),
                new PackageImportRepository(database, clock), new SigningKeyRepository(database, clock), offices,
                transactions, auditTrail, PackageService.KDF_ITERATIONS, new PackageService.Versions(
                AppVersion.current(), database.schemaVersion(), Database::isNewerThanThisApp), clock);
        // a migration may ask for the search index to be made again from the petitions (V5 introduced it)
        search.rebuildIfRequested();
    }

    /**
     * Opens the encrypted database in {@code dataFolder} with its data key; a new or reset officer password wraps
     * that key again in {@code vault}. {@link Startup} obtains the key from an officer's password first.
     * Tests pass their own clock and a low bcrypt cost to stay fast.
     */
    public static AppServices open(Path dataFolder, DataKey key, KeyVault vault, Clock clock, int passwordCost)
            throws DatabaseOpenException {
        AppServices services = new AppServices(Database.open(dataFolder, key), clock, passwordCost,
                vault.officerKeys(key), key.fileKey(ATTACHMENTS), key);
        // before anyone reads: a list import whose process stopped half-way leaves nothing (V12)
        try {
            services.listImport().undoUnfinished();
        } catch (RuntimeException e) {
            // the file opened but its tables cannot be read: damaged, as the start-up check would find
            services.close();
            throw new DatabaseOpenException(DatabaseOpenException.Reason.DAMAGED,
                    "The database in " + dataFolder + " opened but could not be read: " + e.getMessage(), e);
        }
        return services;
    }

    /**
     * Opens a database from before encryption, only to check a login before {@link Startup} encrypts it (its
     * attachments cannot be read this way).
     */
    static AppServices openUnencrypted(Path dataFolder, Clock clock, int passwordCost) throws DatabaseOpenException {
        return new AppServices(Database.openUnencrypted(dataFolder), clock, passwordCost, OfficerKeys.NONE,
                new javax.crypto.spec.SecretKeySpec(new byte[32], "AES"), null);
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

    public DeadlineRuleService deadlineRules() {
        return deadlineRules;
    }

    public OfficeClock officeClock() {
        return officeClock;
    }

    public CitizenService citizens() {
        return citizens;
    }

    public PetitionIntake intake() {
        return intake;
    }

    public DialogueService dialogues() {
        return dialogues;
    }

    public DialogueObligations obligations() {
        return obligations;
    }

    public MinutesService minutes() {
        return minutes;
    }

    /** Imports a dialogue session and its opinions from a CSV file (all or nothing). */
    public DialogueCsvImport dialogueImport() {
        return dialogueImport;
    }

    public PetitionService petitions() {
        return petitions;
    }

    public PetitionBrowser browser() {
        return browser;
    }

    public PossibleDuplicates duplicates() {
        return duplicates;
    }

    public PetitionChoices choices() {
        return choices;
    }

    public DueDateRecalculation dueDates() {
        return dueDates;
    }

    public DemoDataGenerator demoData() {
        return demoData;
    }

    public AttachmentService attachments() {
        return attachments;
    }

    public PetitionBenchmark benchmark() {
        return benchmark;
    }

    public DashboardBenchmark dashboardBenchmark() {
        return dashboardBenchmark;
    }

    private void recomputeDueDates() {
        dueDates.recompute(Actor.system());
    }

    public RecordCountRepository recordCounts() {
        return recordCounts;
    }

    /** The monthly petition list and its exports (issue 5). */
    public MonthlyListService monthlyList() {
        return monthlyList;
    }

    /** Records that {@code officer} logged in (the window or a command) and names them in later audit rows. */
    public void signedIn(Officer officer, String how) {
        currentActor = Actor.of(officer);
        database.transactions().run(() -> auditTrail.record(AuditTrail.LOGIN, "OFFICER", officer.id(), how));
    }

    /** Writes the audit rows of refused logins that happened while the database was closed. */
    public void recordRefusedLogins(java.util.List<vn.danvan.desk.security.keys.RefusedLogin> refused) {
        if (!refused.isEmpty()) {
            database.transactions().run(() -> refused.forEach(r -> auditTrail.record(Actor.system(), AuditTrail.LOGIN_FAILED,
                    "OFFICER", null, r.username() + " @ " + r.at())));
        }
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** The audit log: check the chain, export, browse (admins). */
    public AuditService auditLog() {
        return auditLog;
    }

    /** The period summary report (báo cáo tổng hợp) and its period boundary setting (issue 5). */
    public PeriodSummaryService periodSummary() {
        return periodSummary;
    }

    /** Nhập danh sách: petitions from a list with the monthly list's columns (issue 5). */
    public ListImportService listImport() {
        return listImport;
    }

    /** Tổng quan: the dashboard's figures, charts and deadline lists (issue 5). */
    public DashboardService dashboard() {
        return dashboard;
    }

    /** Backups of this database and the start-up consistency check (issue 6). */
    public PackageService packages() {
        return packages;
    }

    public BackupService backups() {
        return backups;
    }

    public BackupSettings backupSettings() {
        return backupSettings;
    }

    /** The daily automatic backup to the data folder and the second folder, with its retention. */
    public AutomaticBackups automaticBackups() {
        return automaticBackups;
    }

    /** A citizen's data exported or anonymised on request (issue 6, personal data rights). */
    public PersonalDataService personalData() {
        return personalData;
    }

    /** The retention rule that anonymises citizens of long-closed petitions (off by default). */
    public CitizenRetention retention() {
        return retention;
    }

    @Override
    public void close() {
        database.close();
    }
}
