package vn.danvan.desk.demo;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.catalog.field.FieldService;
import vn.danvan.desk.catalog.field.PetitionField;
import vn.danvan.desk.catalog.unit.HandlingUnit;
import vn.danvan.desk.catalog.unit.HandlingUnitKind;
import vn.danvan.desk.catalog.unit.HandlingUnitService;
import vn.danvan.desk.catalog.village.Village;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.catalog.village.VillageService;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.dashboard.PetitionTallyTrigger;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;
import vn.danvan.desk.petition.search.SearchIndexRepository;

/**
 * Fills a set-up office database with realistic demo petitions over the last ten years, in batches of
 * {@link #CHUNK} per transaction, composed on a second thread while the previous batch is written. Villages and
 * handling units are added first when the office has none. The petitions are indexed for the search in memory and
 * their postings written at the end; {@link DemoBulkLoad} says what else the load changes while it runs.
 */
public final class DemoDataGenerator {

    public static final int CHUNK = 10_000;
    public static final long MAX_PETITIONS = 5_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataGenerator.class);

    private final Database database;
    private final Transactions transactions;
    private final OfficeService offices;
    private final VillageService villages;
    private final FieldService fields;
    private final HandlingUnitService units;
    private final PetitionDeadlines deadlines;
    private final OfficeClock clock;
    private final SearchIndexRepository searchIndex;

    public DemoDataGenerator(Database database, OfficeService offices, VillageService villages, FieldService fields,
                             HandlingUnitService units, PetitionDeadlines deadlines, OfficeClock clock,
                             SearchIndexRepository searchIndex) {
        this.database = database;
        this.transactions = database.transactions();
        this.offices = offices;
        this.villages = villages;
        this.fields = fields;
        this.units = units;
        this.deadlines = deadlines;
        this.clock = clock;
        this.searchIndex = searchIndex;
    }

    /** What was written, and how long it took. */
    public record Result(long petitions, long citizens, long events, Duration elapsed, int sessions) {
    }

    /** Generates, then compacts and closes the database (a bulk load leaves much free space in H2's file). */
    public Result generate(long count, long seed, LongConsumer progress) {
        if (count < 1 || count > MAX_PETITIONS) {
            throw new UserException("cli.demo.count", MAX_PETITIONS);
        }
        UUID officeId = offices.requireLocalOffice().id();
        DemoCatalog catalog = catalog();
        DemoDataRepository repository = new DemoDataRepository(database, searchIndex, officeId, null);
        Map<String, Integer> start = new HashMap<>();
        int thisYear = clock.today().getYear();
        for (PetitionKind kind : PetitionKind.values()) {
            for (int year = thisYear - 10; year <= thisYear; year++) {
                start.put(kind.codePrefix() + "/" + year, repository.lastSequence(kind.codePrefix(), year));
            }
        }
        long firstDoc = searchIndex.reserveDocNumbers(count);
        DemoPetitionFactory factory = new DemoPetitionFactory(seed, catalog, deadlines, clock.today(), start,
                firstDoc);
        long began = System.nanoTime();
        DemoDialogues dialogues = new DemoDialogues(seed, catalog, clock.today());
        DemoTimings timings = new DemoTimings();
        long[] written = {0, 0};
        DemoBulkLoad bulk = DemoBulkLoad.begin(repository, timings);
        try {
            load(factory, dialogues, count, repository, progress, timings, written);
        } finally {
            bulk.close();
        }
        timings.time("word blocks", () -> transactions.run(() -> {
            repository.raiseSequences(factory.sequences());
            searchIndex.insertBlocks(factory.searchIndex());
        }));
        // the dialogue sessions once every petition is in, before ANALYZE (their links change petition rows)
        int[] sessions = {0};
        timings.time("dialogue sessions", () ->
                sessions[0] = DemoDialogueLoader.load(database, officeId, dialogues, seed, repository));
        timings.time("analyze", repository::analyze);
        LOG.info("Database file before closing: {} MB", database.file().toFile().length() / 1_000_000);
        timings.time("compacting", database::closeCompacted);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
        timings.garbageCollection();
        LOG.info("Demo data time: {}; {} MB", timings, database.file().toFile().length() / 1_000_000);
        LOG.info("Generated {} demo petitions, {} citizens, {} events, {} sessions in {}", count, written[0],
                written[1], sessions[0], elapsed);
        return new Result(count, written[0], written[1], elapsed, sessions[0]);
    }

    private void load(DemoPetitionFactory factory, DemoDialogues dialogues, long count,
                      DemoDataRepository repository, LongConsumer progress, DemoTimings timings, long[] written) {
        BlockingQueue<DemoChunk> composed = new ArrayBlockingQueue<>(2);
        java.util.concurrent.atomic.AtomicLong composing = new java.util.concurrent.atomic.AtomicLong();
        Thread composer = new Thread(() -> {
            compose(factory, count, composed);
            composing.set(timings.currentThreadCpu());
        }, "demo-composer");
        composer.setDaemon(true);
        composer.start();
        for (long done = 0; done < count; ) {
            DemoChunk[] taken = new DemoChunk[1];
            timings.time("waiting for composer", () -> taken[0] = take(composed));
            DemoChunk chunk = taken[0];
            dialogues.offer(chunk.petitions);
            long end = done + chunk.petitions.size();
            timings.time("chunks (with commits)", () -> transactions.run(() -> {
                timings.time("citizens", () -> repository.insertCitizens(chunk.citizens));
                // the dashboard's tallies changed once per combination of the chunk, not once per petition
                timings.time("petitions", () -> {
                    try (PetitionTallyTrigger.Collected tally = PetitionTallyTrigger.collect()) {
                        repository.insertPetitions(chunk.petitions);
                        repository.applyTally(tally);
                    }
                });
                timings.time("search documents", () -> repository.insertSearchDocuments(chunk.petitions));
                timings.time("events and links", () -> {
                    repository.insertRepresentatives(chunk.representatives);
                    repository.insertEvents(chunk.events);
                    repository.insertLinks(chunk.links);
                });
            }));
            written[0] += chunk.citizens.size();
            written[1] += chunk.events.size();
            done = end;
            progress.accept(done);
        }
        try {
            composer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timings.otherThreadCpu("composing", composing.get());
    }

    /** Composes the petitions in chunks on a second core while the main thread writes the previous chunk. */
    private static void compose(DemoPetitionFactory factory, long count, BlockingQueue<DemoChunk> out) {
        try {
            for (long done = 0; done < count; ) {
                DemoChunk chunk = new DemoChunk();
                long end = Math.min(count, done + CHUNK);
                for (long i = done; i < end; i++) {
                    factory.add(i, count, chunk);
                }
                out.put(chunk);
                done = end;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DemoChunk take(BlockingQueue<DemoChunk> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating demo data", e);
        }
    }

    private DemoCatalog catalog() {
        List<Village> activeVillages = villages.all().stream().filter(Village::active).toList();
        if (activeVillages.isEmpty()) {
            for (String name : DemoVocabulary.VILLAGES) {
                villages.add(name, name.startsWith("Tổ") ? VillageKind.TO_DAN_PHO : VillageKind.THON);
            }
            activeVillages = villages.all().stream().filter(Village::active).toList();
        }
        List<HandlingUnit> activeUnits = units.all().stream().filter(HandlingUnit::active).toList();
        if (activeUnits.isEmpty()) {
            for (int i = 0; i < DemoVocabulary.UNITS.size(); i++) {
                units.add(DemoVocabulary.UNITS.get(i), i < 5 ? HandlingUnitKind.COMMUNE : HandlingUnitKind.OUTSIDE,
                        null);
            }
            activeUnits = units.all().stream().filter(HandlingUnit::active).toList();
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        activeVillages.forEach(v -> names.put(v.id(), v.name()));
        List<UUID> fieldIds = fields.all().stream().filter(PetitionField::active)
                .sorted(java.util.Comparator.comparingInt(PetitionField::sortOrder)).map(PetitionField::id).toList();
        return new DemoCatalog(List.copyOf(names.keySet()), names, fieldIds,
                activeUnits.stream().map(HandlingUnit::id).toList());
    }
}
