package vn.danvan.desk.petition;

import vn.danvan.desk.audit.AuditTrail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import vn.danvan.desk.citizen.Citizen;
import vn.danvan.desk.citizen.CitizenService;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;
import vn.danvan.desk.petition.search.SearchDocument;
import vn.danvan.desk.petition.search.SearchIndexRepository;
import vn.danvan.desk.security.Actor;

/**
 * Tiếp nhận đơn: validates a new petition, creates its petitioner and representatives where they are new, gives it
 * a code and a due date, indexes its words for the search, links it to the petition it repeats, and writes its
 * first history event, in one transaction.
 */
public final class PetitionIntake {

    private final PetitionRepository petitions;
    private final SearchIndexRepository searchIndex;
    private final CitizenService citizens;
    private final PetitionDeadlines deadlines;
    private final Transactions transactions;
    private final OfficeClock clock;
    private final Supplier<UUID> officeId;
    private final AuditTrail audit;

    public PetitionIntake(PetitionRepository petitions, SearchIndexRepository searchIndex, CitizenService citizens,
                          PetitionDeadlines deadlines, Transactions transactions, OfficeClock clock,
                          Supplier<UUID> officeId, AuditTrail audit) {
        this.audit = audit;
        this.petitions = petitions;
        this.searchIndex = searchIndex;
        this.citizens = citizens;
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.clock = clock;
        this.officeId = officeId;
    }

    public Petition receive(PetitionDraft draft, Actor actor) {
        PetitionRules.check(draft, clock.today());
        return transactions.inTransaction(() -> insert(draft, actor));
    }

    /** One letter with several distinct contents: one petition per part, all linked to each other. */
    public List<Petition> receiveSplit(PetitionDraft letter, List<SplitPart> parts, Actor actor) {
        if (parts.size() < 2) {
            throw new UserException("validation.petition.splitParts");
        }
        List<PetitionDraft> drafts = parts.stream().map(letter::withContent).toList();
        drafts.forEach(d -> PetitionRules.check(d, clock.today()));
        return transactions.inTransaction(() -> {
            List<Petition> created = new ArrayList<>();
            PetitionDraft first = drafts.get(0);
            Petition head = insert(first, actor);
            created.add(head);
            // later parts reuse the petitioner and representatives created for the first one
            PetitionerRef petitioner = head.identity().citizenId() == null ? null
                    : PetitionerRef.existing(head.identity().citizenId());
            List<PetitionerRef> representatives = petitions.representativeIds(head.id()).stream()
                    .map(PetitionerRef::existing).toList();
            for (PetitionDraft next : drafts.subList(1, drafts.size())) {
                PetitionDraft shared = next.withPeople(petitioner, representatives);
                created.add(insert(shared, actor));
            }
            for (int i = 0; i < created.size(); i++) {
                for (int j = i + 1; j < created.size(); j++) {
                    petitions.link(created.get(i).id(), created.get(j).id(), PetitionLink.LinkType.SPLIT_SIBLING);
                }
            }
            return List.copyOf(created);
        });
    }

    private Petition insert(PetitionDraft draft, Actor actor) {
        Citizen petitioner = draft.anonymous() || draft.petitioner() == null ? null : resolve(draft.petitioner());
        boolean confidential = draft.confidential() || draft.kind().alwaysConfidential();
        LocalDate received = draft.receivedDate();
        String code = petitions.nextCode(draft.kind(), received.getYear());
        String summary = VietnameseText.clean(draft.summary());
        String address = VietnameseText.cleanOrNull(draft.address());
        if (address == null && petitioner != null) {
            address = petitioner.address();
        }
        int submission = 1;
        if (draft.repeatOf() != null) {
            Petition earlier = petitions.findById(draft.repeatOf())
                    .orElseThrow(() -> new UserException("error.notFound"));
            submission = earlier.submissionCount() + 1;
        }
        LocalDate due = deadlines.intakeDue(draft.kind(), received).orElse(null);
        UUID id = UUID.randomUUID();
        petitions.insert(new NewPetition(id, code, draft, summary, address, VietnameseText.cleanOrNull(draft.note()),
                petitioner == null ? null : petitioner.id(), submission, confidential, due, officeId.get(),
                actor.officerId()));
        searchIndex.index(id, SearchDocument.of(code, summary, confidential,
                petitioner == null ? null : petitioner.fullName(), petitioner == null ? null : petitioner.idNumber(),
                petitioner == null ? null : petitioner.phone(), address));
        int ordinal = 1;
        for (PetitionerRef ref : draft.representatives()) {
            petitions.insertRepresentative(id, ordinal++, resolve(ref).id());
        }
        petitions.insertEvent(id, actor.officerId(), PetitionEventType.CREATED, null, PetitionStatus.RECEIVED, null);
        // the log names the record by its code, never the (possibly protected) petitioner
        audit.record(actor, AuditTrail.CREATE, "PETITION", id, code + " (" + draft.kind() + ", " + draft.channel()
                + (confidential ? ", bảo mật" : "") + ")");
        if (draft.repeatOf() != null) {
            petitions.link(id, draft.repeatOf(), PetitionLink.LinkType.REPEAT_OF);
            petitions.insertEvent(id, actor.officerId(), PetitionEventType.LINKED, null, null,
                    petitions.findById(draft.repeatOf()).map(Petition::code).orElse(null));
        }
        return petitions.findById(id).orElseThrow();
    }

    private Citizen resolve(PetitionerRef ref) {
        if (ref.citizenId() != null) {
            return citizens.require(ref.citizenId());
        }
        return citizens.create(ref.newCitizen());
    }
}
