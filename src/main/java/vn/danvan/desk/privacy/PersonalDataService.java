package vn.danvan.desk.privacy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.attachment.AttachmentService;
import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.citizen.CitizenRules;
import vn.danvan.desk.common.SafeFiles;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.petition.PetitionSearchRebuild;
import vn.danvan.desk.petition.PetitionService;
import vn.danvan.desk.petition.search.SearchWords;
import vn.danvan.desk.security.Actor;

/**
 * A citizen's rights over their personal data (issue 6): everything held about them exported as a file, and their
 * identity erased on request while their petitions stay for the statistics. Both are for admins only and written
 * to the audit log under the citizen's id, never their name or number.
 */
public final class PersonalDataService {

    public static final String EXPORT_ACTION = "EXPORT_PERSONAL_DATA";
    public static final String ANONYMISE_ACTION = "ANONYMISE";
    public static final String ENTITY = "CITIZEN";

    private final PersonalDataRepository repository;
    private final PetitionService petitions;
    private final AttachmentService attachments;
    private final PetitionSearchRebuild search;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<String> officeName;
    private final String placeholder = Messages.of(AppLanguage.VI).get("privacy.placeholder");

    public PersonalDataService(PersonalDataRepository repository, PetitionService petitions,
                               AttachmentService attachments, PetitionSearchRebuild search, AuditTrail audit,
                               Transactions transactions, Clock clock, Supplier<String> officeName) {
        this.repository = repository;
        this.petitions = petitions;
        this.attachments = attachments;
        this.search = search;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.officeName = officeName;
    }

    /** What stands in for an anonymised citizen's name. */
    public String placeholder() {
        return placeholder;
    }

    /** The person behind an ID number (or a citizen's id), with how many records hold their data. */
    public record Subject(List<HeldCitizen> citizens, int petitions, int opinions) {

        public boolean anonymised() {
            return citizens.stream().allMatch(HeldCitizen::anonymised);
        }

        public HeldCitizen first() {
            return citizens.get(0);
        }
    }

    public Subject find(String reference, Actor actor) {
        requireAdmin(actor);
        List<HeldCitizen> citizens = resolve(reference);
        int petitionCount = citizens.stream().mapToInt(c -> repository.petitionIds(c.id()).size()).sum();
        int opinionCount = citizens.stream().mapToInt(c -> repository.opinions(c.id()).size()).sum();
        return new Subject(citizens, petitionCount, opinionCount);
    }

    /** Writes everything held about the person to {@code target} (a ZIP, see {@link PersonalDataZip}). */
    public PersonalDataFile export(String reference, Path target, Actor actor, Messages messages) {
        requireAdmin(actor);
        List<HeldCitizen> citizens = resolve(reference);
        List<HeldPetition> held = new ArrayList<>();
        List<HeldOpinion> opinions = new ArrayList<>();
        for (HeldCitizen citizen : citizens) {
            for (UUID id : repository.petitionIds(citizen.id())) {
                held.add(new HeldPetition(petitions.require(id), petitions.detail(id).history(),
                        attachments.list(Attachment.OwnerType.PETITION, id)));
            }
            opinions.addAll(repository.opinions(citizen.id()));
        }
        PersonalDataFile data = new PersonalDataFile(citizens, held, opinions);
        PersonalDataZip zip = new PersonalDataZip(messages, attachments::copyTo);
        SafeFiles.write(target, out -> zip.write(data, officeName.get(), clock.instant(), out));
        transactions.run(() -> citizens.forEach(c -> audit.record(actor, EXPORT_ACTION, ENTITY, c.id(),
                held.size() + " petitions, " + opinions.size() + " opinions, " + data.attachmentCount()
                        + " attachments")));
        return data;
    }

    /**
     * Erases the person's identity everywhere it is held: the citizen row, the copies on petitions and opinions, the
     * free text that names them, the search index (their old words are purged, not only unlinked). The petitions
     * keep their kind, field, village, dates and status. Irreversible. Returns how many citizen records changed.
     */
    public int anonymise(String reference, Actor actor) {
        requireAdmin(actor);
        List<HeldCitizen> citizens = resolve(reference).stream().filter(c -> !c.anonymised()).toList();
        if (citizens.isEmpty()) {
            throw new UserException("error.privacy.alreadyAnonymised");
        }
        transactions.run(() -> {
            Set<String> words = new TreeSet<>();
            for (HeldCitizen citizen : citizens) {
                int count = repository.petitionIds(citizen.id()).size();
                words.addAll(anonymiseOne(citizen));
                audit.record(actor, ANONYMISE_ACTION, ENTITY, citizen.id(), count + " petitions");
            }
            search.purge(words);
        });
        return citizens.size();
    }

    /**
     * Erases citizens by id (the retention rule) in the caller's transaction; returns the words to purge from the
     * search index.
     */
    Set<String> anonymiseAll(Collection<UUID> ids) {
        Set<String> words = new TreeSet<>();
        for (UUID id : ids) {
            repository.byId(id).filter(c -> !c.anonymised()).ifPresent(c -> words.addAll(anonymiseOne(c)));
        }
        return words;
    }

    void purge(Set<String> words) {
        search.purge(words);
    }

    private Set<String> anonymiseOne(HeldCitizen citizen) {
        List<UUID> ids = repository.petitionIds(citizen.id());
        repository.rewriteTexts(ids, citizen.id(), new Redaction(citizen, placeholder));
        repository.anonymiseCitizen(citizen.id(), placeholder, clock.instant());
        repository.clearCopies(citizen.id(), placeholder);
        Set<String> words = new TreeSet<>(search.reindex(ids));
        words.addAll(SearchWords.of(Stream.of(citizen.fullName(), citizen.idNumber(), citizen.phone(),
                citizen.address()).filter(java.util.Objects::nonNull).map(VietnameseText::searchKey).collect(Collectors.joining(" "))));
        return words;
    }

    /** An ID number (spaces allowed) or a citizen's id (UUID, for citizens without a paper). */
    private List<HeldCitizen> resolve(String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            throw new UserException("error.privacy.referenceNeeded");
        }
        List<HeldCitizen> found;
        try {
            found = repository.byId(UUID.fromString(text)).stream().toList();
        } catch (IllegalArgumentException notAnId) {
            found = repository.byIdNumber(CitizenRules.normaliseIdNumber(text));
        }
        if (found.isEmpty()) {
            throw new UserException("error.privacy.notFound", text);
        }
        return found;
    }

    static void requireAdmin(Actor actor) {
        if (actor == null || !actor.admin()) {
            throw new UserException("error.privacy.adminOnly");
        }
    }
}
