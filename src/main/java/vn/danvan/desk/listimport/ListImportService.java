package vn.danvan.desk.listimport;

import vn.danvan.desk.audit.AuditTrail;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.catalog.field.FieldService;
import vn.danvan.desk.catalog.unit.HandlingUnitService;
import vn.danvan.desk.catalog.village.VillageService;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.SafeFiles;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.CodeSequences;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;
import vn.danvan.desk.petition.search.SearchIndexRepository;
import vn.danvan.desk.security.Actor;

/**
 * Nhập danh sách (issue 5): petitions from a CSV or XLSX file with the columns of the monthly list, so that an export
 * of one office imports into another. The file is checked whole first; only a file without a problem is imported, in
 * one transaction, so either every row is saved or none. Villages and handling units the list names that are not in
 * the catalogs are created only when the user allows it; a code already on file is skipped, or updated on request.
 * The file is read twice and never held whole in memory.
 */
public final class ListImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ListImportService.class);
    /** How long H2 may hold the import's committed chunks before writing them (see Transactions#deferWrites). */
    private static final int DEFERRED_WRITE_MILLIS = 100;

    private final VillageService villages;
    private final FieldService fields;
    private final HandlingUnitService units;
    private final PetitionDeadlines deadlines;
    private final ListImportRepository repository;
    private final SearchIndexRepository searchIndex;
    private final CodeSequences codes;
    private final Transactions transactions;
    private final OfficeClock clock;
    private final Supplier<UUID> officeId;
    private final AuditTrail audit;
    private final ImportRunRepository runs;
    private final ImportRunUndo undo;
    private final Random random = new SecureRandom();
    private final AtomicReference<Checked> lastChecked = new AtomicReference<>();

    public ListImportService(VillageService villages, FieldService fields, HandlingUnitService units,
                             PetitionDeadlines deadlines, ListImportRepository repository,
                             SearchIndexRepository searchIndex, CodeSequences codes, Transactions transactions,
                             OfficeClock clock, Supplier<UUID> officeId, AuditTrail audit, ImportRunRepository runs) {
        this.audit = audit;
        this.runs = runs;
        this.undo = new ImportRunUndo(runs, transactions, audit);
        this.villages = villages;
        this.fields = fields;
        this.units = units;
        this.deadlines = deadlines;
        this.repository = repository;
        this.searchIndex = searchIndex;
        this.codes = codes;
        this.transactions = transactions;
        this.clock = clock;
        this.officeId = officeId;
    }

    /**
     * Checks {@code file} and says what an import would do; saves nothing. A file found valid is remembered with its
     * fingerprint, so that importing it next (the window checks a file when it is chosen) does not read it twice.
     */
    public ListImportCheck check(Path file, ProgressMonitor monitor) {
        lastChecked.set(null);
        FileFingerprint before = FileFingerprint.of(file);
        List<Object> catalogState = catalogState();
        ListCatalogs catalogs = catalogs();
        ListValidation validation = validation(catalogs);
        ListImportCheck check = validation.run(file, monitor);
        if (check.valid() && before.equals(FileFingerprint.of(file))) {
            lastChecked.set(new Checked(before, officeId.get(), catalogState, catalogs, validation, check));
        }
        return check;
    }

    /**
     * A file checked and found valid, with what its import reuses: the catalogs as the check found them (with the
     * entries to create), the codes the file gives, the check's counts. Used once, for the same bytes, office and
     * catalogs.
     */
    private record Checked(FileFingerprint file, UUID officeId, List<Object> catalogState, ListCatalogs catalogs,
                           ListValidation validation, ListImportCheck check) {
    }

    /**
     * Checks and imports {@code file}, all or nothing.
     *
     * <p>New rows are committed a thousand at a time under an {@link ImportRun} recorded first, and the run is undone
     * (its rows deleted) if anything stops it: a problem, a cancel, a full disk; a killed process's run is undone
     * when the database next opens ({@link ImportRunUndo#undoUnfinished}). A file that would update petitions on file
     * ({@code --update} with codes already there) is written in one transaction instead, since an update cannot be
     * undone by a delete.
     *
     * @throws ListImportException when a row has a problem (nothing is saved)
     * @throws UserException when the file cannot be read, or names villages or units not allowed to be created
     */
    public ListImportResult importFile(Path file, ListImportOptions options, Actor actor, ProgressMonitor monitor) {
        long started = System.nanoTime();
        refuseWhileAnImportIsNotUndone();
        // the file checked just before, byte for byte, is not checked again; the write pass parses every row anyway
        // and a row that does not come out as checked stops the import (and undoes it)
        Checked before = lastChecked.getAndSet(null);
        boolean reused = before != null && before.officeId().equals(officeId.get())
                && before.catalogState().equals(catalogState()) && before.file().equals(FileFingerprint.of(file));
        ListCatalogs catalogs = reused ? before.catalogs() : catalogs();
        ListValidation validation = reused ? before.validation() : validation(catalogs);
        ListImportCheck check = reused ? before.check() : validation.run(file, ProgressMonitor.NONE);
        if (!check.valid()) {
            throw new ListImportException(check.problems(), check.problemCount());
        }
        refuseNewEntries(check, options);
        long checked = System.nanoTime();
        // document numbers are taken before the transaction: the sequence's restart would commit it
        long firstDoc = searchIndex.reserveDocNumbers(Math.max(1, check.rows()));
        ImportRunIds ids = new ImportRunIds(clock.now().toEpochMilli(), 4L * check.rows() + 16,
                random.nextInt(), new SplittableRandom(random.nextLong()));
        ImportRun run = new ImportRun(UUID.randomUUID(), check.fileName(), actor.officerId(), ids.firstMillis(),
                ids.lastMillis(), ids.tag(), firstDoc, Math.max(1, check.rows()), check.rows());
        Job job = new Job(file, options, actor, monitor, catalogs, validation, check, run, ids);
        boolean updates = options.update() && check.existingRows() > 0;
        ListImportResult result = updates ? transactions.inTransaction(() -> inOneTransaction(job)) : inChunks(job);
        monitor.progress(check.rows(), check.rows());
        LOG.info("Imported {}: {} rows checked in {} ms{}, {} new, {} updated, {} skipped, written in {} ms{}", file,
                check.rows(), (checked - started) / 1_000_000, reused ? " (as checked before, unchanged)" : "",
                result.imported(), result.updated(), result.skipped(), (System.nanoTime() - checked) / 1_000_000,
                updates ? " (one transaction)" : "");
        return result;
    }

    /** An import under way: its file and options, who, what checking found, its run and the ids of its rows. */
    private record Job(Path file, ListImportOptions options, Actor actor, ProgressMonitor monitor,
                       ListCatalogs catalogs, ListValidation validation, ListImportCheck check, ImportRun run,
                       ImportRunIds ids) {
    }

    /**
     * Records the run, then writes the rows a chunk per transaction (H2 writing the committed pages from its
     * background thread meanwhile), then ends the run; undoes it if anything stops it before its end.
     */
    private ListImportResult inChunks(Job job) {
        // the follower is closed (what it writes has ended) before the run is undone
        try (ChunkFollower follower = new ChunkFollower(transactions::run)) {
            Created created = transactions.inTransaction(() -> startRun(job));
            ListImportWriter writer = writer(job, transactions::run, follower::follow);
            try (Transactions.DeferredWrites deferred = transactions.deferWrites(DEFERRED_WRITE_MILLIS)) {
                writeRows(job, writer);
                follower.await();
            }
            return transactions.inTransaction(() -> endRun(job, writer, created));
        } catch (RuntimeException | Error e) {
            try {
                undo.undo(job.run(), job.actor());
            } catch (RuntimeException undoFailed) {
                LOG.error("Import of {} stopped and could not be undone now; the next opening undoes it",
                        job.run().fileName(), undoFailed);
                e.addSuppressed(undoFailed);
            }
            throw e;
        }
    }

    /** The whole import in the caller's one transaction (a file that updates petitions on file). */
    private ListImportResult inOneTransaction(Job job) {
        Created created = startRun(job);
        ListImportWriter writer = writer(job, Runnable::run, Runnable::run);
        writeRows(job, writer);
        return endRun(job, writer, created);
    }

    /** Records the run and creates the catalog entries the file needs. */
    private Created startRun(Job job) {
        runs.start(job.run());
        return new Created(createVillages(job.catalogs(), job.run()), createUnits(job.catalogs(), job.run()));
    }

    private ListImportWriter writer(Job job, Consumer<Runnable> chunkScope, Consumer<Runnable> followUpScope) {
        return new ListImportWriter(repository, searchIndex, codes, job.options(), officeId.get(), job.run(),
                job.ids(), job.validation().highestNumbers(), job.check().existingRows() > 0, chunkScope,
                followUpScope);
    }

    /** The write pass: every row of the file, a chunk at a time within the writer's chunk scope. */
    private void writeRows(Job job, ListImportWriter writer) {
        ListImportCheck check = job.check();
        ProgressMonitor monitor = job.monitor();
        // the file is read and parsed on a thread of its own while the rows before are written
        try (ParsedRowFeed feed = new ParsedRowFeed(job.file(), header -> parser(header, job.catalogs()))) {
            for (List<ParsedRow> rows = feed.next(); !rows.isEmpty(); rows = feed.next()) {
                rows.forEach(writer::add);
                monitor.checkCancelled();
                monitor.progress(writer.written(), check.rows());
            }
            if (!feed.problems().isEmpty() || writer.written() != check.rows()) {
                throw new UserException("listimport.error.changed", check.fileName());
            }
        }
        monitor.checkCancelled();
        writer.flush();
        monitor.checkCancelled();
    }

    /** Ends the run in one transaction: the word index, the code sequences, the audit row, the run marked DONE. */
    private ListImportResult endRun(Job job, ListImportWriter writer, Created created) {
        ListImportResult done = writer.finish(created.villages(), created.units());
        runs.finish(job.run().id(), ImportRunRepository.DONE, done.imported());
        audit.record(job.actor(), AuditTrail.IMPORT, "PETITION_LIST", job.run().id(), String.format(
                "%s: %d mới, %d cập nhật, %d bỏ qua; thôn mới %s; đơn vị mới %s", job.check().fileName(),
                done.imported(), done.updated(), done.skipped(), names(created.villages()),
                names(created.units())));
        return done;
    }

    /** The villages and handling units an import created. */
    private record Created(List<String> villages, List<String> units) {
    }

    /**
     * Undoes the imports a stopped process left unfinished; run when the database opens, before anything reads it.
     *
     * @return how many were undone
     */
    public int undoUnfinished() {
        return undo.undoUnfinished();
    }

    /** Writes the template: the header, an example row, and the values each column accepts. */
    public void writeTemplate(Path target) {
        ListTemplateWriter template = new ListTemplateWriter(fields.all());
        SafeFiles.write(target.toAbsolutePath(), out -> template.write(out, clock.today()));
    }

    /**
     * An import whose undo failed (its rows still in the register) is undone again first; while that fails, no other
     * import starts: it could take those rows for petitions on file, or name their people, and a later undo would then
     * take away what it relied on.
     */
    private void refuseWhileAnImportIsNotUndone() {
        undo.undoUnfinished();
        List<ImportRun> unfinished = runs.unfinished();
        if (!unfinished.isEmpty()) {
            throw new UserException("listimport.error.notUndone", unfinished.get(0).fileName());
        }
    }

    private static void refuseNewEntries(ListImportCheck check, ListImportOptions options) {
        if (!options.createVillages() && !check.villagesToCreate().isEmpty()) {
            throw new UserException("listimport.error.newVillages", names(check.villagesToCreate()));
        }
        if (!options.createUnits() && !check.unitsToCreate().isEmpty()) {
            throw new UserException("listimport.error.newUnits", names(check.unitsToCreate()));
        }
    }

    private static String names(List<String> names) {
        List<String> quoted = names.stream().limit(20).map(n -> "«" + n + "»").toList();
        return String.join(", ", quoted) + (names.size() > 20 ? ", …" : "");
    }

    private List<String> createVillages(ListCatalogs catalogs, ImportRun run) {
        List<String> created = new ArrayList<>();
        for (ListCatalogs.NewName name : catalogs.newVillages()) {
            UUID id = villages.add(name.name(), ListCatalogs.villageKind(name.name())).id();
            runs.created(run.id(), ImportRunRepository.Created.VILLAGE, id);
            catalogs.addVillage(name.name(), id);
            created.add(name.name());
        }
        return created;
    }

    private List<String> createUnits(ListCatalogs catalogs, ImportRun run) {
        List<String> created = new ArrayList<>();
        for (ListCatalogs.NewName name : catalogs.newUnits()) {
            UUID id = units.add(name.name(), ListCatalogs.unitKind(name.name()), null).id();
            runs.created(run.id(), ImportRunRepository.Created.HANDLING_UNIT, id);
            catalogs.addUnit(name.name(), id);
            created.add(name.name());
        }
        return created;
    }

    private ListCatalogs catalogs() {
        return new ListCatalogs(fields.all(), villages.all(), units.all());
    }

    /**
     * The catalogs' entries and the code sequences as they are now: a check is reused only while they have not
     * changed (a petition numbered meanwhile moves its sequence, and its code may be one of the file's).
     */
    private List<Object> catalogState() {
        return List.of(fields.all(), villages.all(), units.all(), codes.all());
    }

    private ListValidation validation(ListCatalogs catalogs) {
        UUID office = officeId.get();
        return new ListValidation(catalogs, header -> parser(header, catalogs),
                chunk -> List.copyOf(repository.existing(office, chunk).keySet()));
    }

    private ListRowParser parser(ListHeader header, ListCatalogs catalogs) {
        return new ListRowParser(header, catalogs, deadlines::intakeDue, clock.today());
    }
}
