package vn.danvan.desk.listimport;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.CodeSequences;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.dashboard.PetitionTallyTrigger;
import vn.danvan.desk.listimport.ListImportRepository.Existing;
import vn.danvan.desk.listimport.ListImportRepository.NewCitizen;
import vn.danvan.desk.listimport.ListImportRepository.NewEvent;
import vn.danvan.desk.listimport.ListImportRepository.PetitionWrite;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionRepository;
import vn.danvan.desk.petition.search.SearchDocument;
import vn.danvan.desk.petition.search.SearchIndexBuilder;
import vn.danvan.desk.petition.search.SearchIndexRepository;
import vn.danvan.desk.petition.search.SearchIndexRepository.IndexedDocument;

/**
 * The second pass of an import: rows come in file order and are written a thousand at a time, each thousand in a
 * transaction of its own (undone as a whole with its {@link ImportRun} if the import does not finish) or all in the
 * import's one transaction: the people they name (found by ID number, or created once per ID number, or per name,
 * village and address when there is none), the petitions with their code (the file's, or the next of the kind and
 * year), a history event saying which file and row each came from, and their search documents. The word index is
 * written once at the end from postings built in memory, as a bulk load does, instead of appending to it for each
 * petition; {@link #finish} writes it, and raises the code sequences, in the transaction that ends the import.
 * A chunk's history events and search documents are written after its people and petitions, within the follow-up
 * scope: in the same transaction, or once the chunk is committed, beside the next chunk ({@link ChunkFollower}).
 */
final class ListImportWriter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ListImportWriter.class);
    private static final int CHUNK = 1000;
    private static final Messages VI = Messages.of(AppLanguage.VI);

    private final ListImportRepository repository;
    private final SearchIndexRepository searchIndex;
    private final CodeSequences codes;
    private final ListImportOptions options;
    private final UUID officeId;
    private final UUID officerId;
    private final String fileName;
    private final ImportRunIds ids;
    private final Consumer<Runnable> chunkScope;
    private final Consumer<Runnable> followUpScope;
    /** Whether checking found codes of the file on file (else no chunk asks the database for them). */
    private final boolean codesOnFile;
    private final Map<String, Integer> highestInFile;
    private final SearchIndexBuilder builder = new SearchIndexBuilder();
    private long nextDoc;
    private final long endDoc;
    private final Map<String, Person> byIdNumber = new HashMap<>();
    private final Map<String, Person> withoutIdNumber = new HashMap<>();
    private final Map<String, Integer> lastNumbers = new HashMap<>();
    /** The history's notes: one formatter for the import, not one for each row. */
    private final MessageFormat createdNote = VI.format("listimport.history.created");
    private final MessageFormat updatedNote = VI.format("listimport.history.updated");
    private final List<ParsedRow> pending = new ArrayList<>();
    private final List<ListImportResult.Skipped> skippedRows = new ArrayList<>();
    /** Time spent, for the log: looking up and composing, people, petitions. */
    private final long[] nanos = new long[3];
    /** Time spent in the follow-ups, for the log: history, search documents. */
    private final long[] followUpNanos = new long[2];
    private int imported;
    private int updated;
    private int skipped;

    /** A person a petition is from, with what the search indexes of them. */
    private record Person(UUID id, String name, String idNumber, String phone) {
    }

    /**
     * A writer for {@code run}, whose rows get the ids of {@code ids}; each thousand rows are written within
     * {@code chunkScope} (a transaction of their own, or the import's one transaction), then their history and search
     * documents within {@code followUpScope}. {@code codesOnFile}: checking found codes of the file already on file,
     * so each chunk looks its codes up.
     */
    ListImportWriter(ListImportRepository repository, SearchIndexRepository searchIndex, CodeSequences codes,
                     ListImportOptions options, UUID officeId, ImportRun run, ImportRunIds ids,
                     Map<String, Integer> highestInFile, boolean codesOnFile, Consumer<Runnable> chunkScope,
                     Consumer<Runnable> followUpScope) {
        this.repository = repository;
        this.searchIndex = searchIndex;
        this.codes = codes;
        this.options = options;
        this.officeId = officeId;
        this.officerId = run.officerId();
        this.fileName = run.fileName();
        this.ids = ids;
        this.chunkScope = chunkScope;
        this.followUpScope = followUpScope;
        this.codesOnFile = codesOnFile;
        this.highestInFile = highestInFile;
        this.nextDoc = run.firstDoc();
        this.endDoc = run.firstDoc() + run.docCount();
    }

    int written() {
        return imported + updated + skipped + pending.size();
    }

    void add(ParsedRow row) {
        pending.add(row);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    ListImportResult finish(List<String> createdVillages, List<String> createdUnits) {
        flush();
        Map<String, Integer> used = new HashMap<>(highestInFile);
        lastNumbers.forEach((key, last) -> used.merge(key, last, Math::max));
        used.forEach((key, last) -> codes.raiseTo(prefix(key), year(key), last));
        long started = System.nanoTime();
        searchIndex.insertBlocks(builder);
        LOG.info("Import of {} written: composing {} ms, people {} ms, petitions {} ms, history {} ms, search documents"
                + " {} ms, word index {} ms", fileName, nanos[0] / 1_000_000, nanos[1] / 1_000_000,
                nanos[2] / 1_000_000, followUpNanos[0] / 1_000_000, followUpNanos[1] / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
        return new ListImportResult(imported, updated, skipped, skippedRows, createdVillages, createdUnits);
    }

    /** Writes the rows not yet written (within the chunk scope), then hands their follow-up to its scope. */
    void flush() {
        if (!pending.isEmpty()) {
            List<Runnable> followUp = new ArrayList<>(1);
            chunkScope.accept(() -> followUp.add(writePending()));
            followUpScope.accept(followUp.get(0));
        }
    }

    /** Writes the people and petitions of the pending rows; returns what writes their history and search documents. */
    private Runnable writePending() {
        long started = System.nanoTime();
        // a code that appeared since the check makes the chunk fail on the unique index, and the run is undone
        Map<String, Existing> existing = !codesOnFile ? Map.of() : repository.existing(officeId,
                pending.stream().map(ParsedRow::code).filter(Objects::nonNull).toList());
        List<NewCitizen> newCitizens = new ArrayList<>();
        findPeople(existing);
        List<PetitionWrite> inserts = new ArrayList<>();
        List<PetitionWrite> updates = new ArrayList<>();
        List<NewEvent> events = new ArrayList<>();
        List<IndexedDocument> documents = new ArrayList<>();
        for (ParsedRow row : pending) {
            Existing known = row.code() == null ? null : existing.get(row.code());
            if (known != null && !options.update()) {
                skipped++;
                if (skippedRows.size() < ListImportCheck.MAX_PROBLEMS) {
                    skippedRows.add(new ListImportResult.Skipped(row.row(), row.code()));
                }
                continue;
            }
            Person person = row.sender() == ParsedRow.Sender.PERSON ? person(row, newCitizens) : null;
            PetitionWrite write = known == null ? insert(row, person, events) : update(row, known, person, events);
            (known == null ? inserts : updates).add(write);
            Person indexed = person;
            if (person == null && known != null && !write.anonymous() && write.petitionerId() != null) {
                indexed = new Person(known.petitionerId(), known.name(), known.idNumber(), known.phone());
            }
            documents.add(document(write, indexed));
        }
        long written = System.nanoTime();
        repository.insertCitizens(newCitizens, officeId);
        long people = System.nanoTime();
        // the dashboard's tallies changed once per combination of the chunk, not once per petition
        try (PetitionTallyTrigger.Collected tally = PetitionTallyTrigger.collect()) {
            repository.insertPetitions(inserts, officeId, officerId);
            repository.updatePetitions(updates);
            repository.applyTally(tally);
        }
        long rows = System.nanoTime();
        nanos[0] += written - started;
        nanos[1] += people - written;
        nanos[2] += rows - people;
        pending.clear();
        List<UUID> updatedIds = updates.stream().map(PetitionWrite::id).toList();
        return () -> writeFollowUp(events, updatedIds, documents);
    }

    private void writeFollowUp(List<NewEvent> events, List<UUID> updatedIds, List<IndexedDocument> documents) {
        long started = System.nanoTime();
        repository.insertEvents(events, officerId);
        long history = System.nanoTime();
        searchIndex.removeDocuments(updatedIds);
        searchIndex.insertDocuments(documents);
        followUpNanos[0] += history - started;
        followUpNanos[1] += System.nanoTime() - history;
    }

    private PetitionWrite insert(ParsedRow row, Person person, List<NewEvent> events) {
        String code = row.code() != null ? row.code() : nextCode(row.kind(), row.received().getYear());
        boolean anonymous = row.sender() == ParsedRow.Sender.ANONYMOUS;
        PetitionWrite write = new PetitionWrite(nextId(), code, row, anonymous, row.confidential(),
                person == null ? null : person.id(), anonymous ? null : row.address());
        events.add(new NewEvent(nextId(), write.id(), PetitionEventType.IMPORTED, null, row.status(),
                createdNote.format(new Object[] {fileName, row.row()})));
        imported++;
        return write;
    }

    /**
     * The row over a petition on file. A masked or empty petitioner in the row keeps the one on file; a status
     * that changes is also written as a status change, so that the lists of past months still show the old one.
     */
    private PetitionWrite update(ParsedRow row, Existing known, Person person, List<NewEvent> events) {
        boolean anonymous = row.sender() == ParsedRow.Sender.ANONYMOUS;
        boolean keep = row.sender() == ParsedRow.Sender.MASKED || row.sender() == ParsedRow.Sender.UNKNOWN;
        UUID petitioner = anonymous ? null : keep ? known.petitionerId() : person.id();
        String address = anonymous ? null : keep && row.address() == null ? known.address() : row.address();
        PetitionWrite write = new PetitionWrite(known.id(), known.code(), row, anonymous || keep && known.anonymous(),
                row.confidential(), petitioner, address);
        String note = updatedNote.format(new Object[] {fileName, row.row()});
        if (known.status() != row.status()) {
            events.add(new NewEvent(nextId(), known.id(), PetitionEventType.STATUS_CHANGED, known.status(),
                    row.status(), note));
        }
        events.add(new NewEvent(nextId(), known.id(), PetitionEventType.IMPORTED, null, row.status(), note));
        updated++;
        return write;
    }

    private IndexedDocument document(PetitionWrite write, Person person) {
        if (nextDoc >= endDoc) {
            throw new UserException("listimport.error.changed", fileName);
        }
        boolean none = write.anonymous() || person == null;
        SearchDocument document = SearchDocument.of(write.code(), write.row().summary(), write.confidential(),
                none ? null : person.name(), none ? null : person.idNumber(), none ? null : person.phone(),
                write.anonymous() ? null : write.address());
        long doc = nextDoc++;
        builder.add(doc, document);
        return new IndexedDocument(doc, write.id(), document);
    }

    /** Looks up, in one query, the people on file with the ID numbers of the chunk not seen before. */
    private void findPeople(Map<String, Existing> existing) {
        List<String> unseen = pending.stream()
                .filter(r -> r.code() == null || options.update() || !existing.containsKey(r.code()))
                .map(ParsedRow::idNumber).filter(Objects::nonNull).filter(id -> !byIdNumber.containsKey(id))
                .distinct().toList();
        repository.citizensByIdNumber(unseen).forEach((id, c) -> byIdNumber.put(id,
                new Person(c.id(), c.name(), id, c.phone())));
    }

    private Person person(ParsedRow row, List<NewCitizen> newCitizens) {
        if (row.idNumber() != null) {
            return byIdNumber.computeIfAbsent(row.idNumber(), id -> created(row, newCitizens));
        }
        String key = VietnameseText.searchKey(row.name()) + "|" + row.villageId() + "|"
                + VietnameseText.searchKey(row.address());
        return withoutIdNumber.computeIfAbsent(key, k -> created(row, newCitizens));
    }

    private Person created(ParsedRow row, List<NewCitizen> newCitizens) {
        NewCitizen citizen = new NewCitizen(nextId(), row.name(), row.idNumber(), row.villageId(),
                row.address());
        newCitizens.add(citizen);
        return new Person(citizen.id(), citizen.name(), citizen.idNumber(), null);
    }

    /** A new id of the run: one millisecond after the last, carrying the run's tag. */
    UUID nextId() {
        return ids.next();
    }

    private static String prefix(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    private static int year(String key) {
        return Integer.parseInt(key.substring(key.indexOf('/') + 1));
    }

    private String nextCode(PetitionKind kind, int year) {
        String key = kind.codePrefix() + "/" + year;
        int next = lastNumbers.computeIfAbsent(key, k -> Math.max(codes.last(kind.codePrefix(), year),
                highestInFile.getOrDefault(k, 0))) + 1;
        lastNumbers.put(key, next);
        return PetitionRepository.formatCode(kind.codePrefix(), year, next);
    }
}
