package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.audit.Changes;
import vn.danvan.desk.common.TextRules;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.security.Actor;

/**
 * The lifecycle of petitions: status changes (single and bulk, all-or-nothing), assignment, voiding, reading one
 * with its history, and revealing a protected identity to an admin. Every change writes its history event in the
 * same transaction as the new state.
 */
public final class PetitionService {

    private final PetitionRepository petitions;
    private final PetitionTransitions transitions;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final OfficeClock clock;

    public PetitionService(PetitionRepository petitions, PetitionTransitions transitions, AuditTrail audit,
                           Transactions transactions, OfficeClock clock) {
        this.petitions = petitions;
        this.transitions = transitions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Petition require(UUID id) {
        return petitions.findById(id).orElseThrow(() -> new UserException("error.notFound"));
    }

    public Petition requireByCode(String code) {
        return petitions.findIdByCode(code).map(this::require)
                .orElseThrow(() -> new UserException("error.petition.codeNotFound", code));
    }

    /** The petition as the actor may see it, with its history, links and representatives. */
    public PetitionDetail detail(UUID id) {
        Petition petition = require(id);
        Petition shown = petition.identityProtected() ? petition.withIdentity(petition.identity().mask()) : petition;
        return new PetitionDetail(shown, petitions.events(id), petitions.links(id),
                petition.identityProtected() ? List.of() : petitions.representativeNames(id), false);
    }

    /** Shows a protected identity to an admin; the reveal is written to the history and the audit log. */
    public PetitionDetail reveal(UUID id, Actor actor) {
        if (!actor.admin()) {
            throw new UserException("error.petition.revealAdminOnly");
        }
        return transactions.inTransaction(() -> {
            Petition petition = require(id);
            petitions.insertEvent(id, actor.officerId(), PetitionEventType.IDENTITY_REVEALED, null, null, null);
            audit.record(actor, "REVEAL_IDENTITY", "PETITION", id, petition.code());
            return new PetitionDetail(petition, petitions.events(id), petitions.links(id),
                    petitions.representativeNames(id), true);
        });
    }

    /**
     * Moves a petition to a new status. {@code expectedVersion} is the version the user saw: if someone changed
     * the petition meanwhile, the change is refused rather than silently applied to a different state.
     */
    public Petition change(UUID id, int expectedVersion, StatusChange change, Actor actor) {
        return transactions.inTransaction(() -> {
            Petition current = require(id);
            if (current.rowVersion() != expectedVersion) {
                throw new UserException("error.petition.changedMeanwhile", current.code());
            }
            apply(current, change, actor);
            return require(id);
        });
    }

    /** Applies one change to every selected petition, or to none: the refusal names each row that cannot take it. */
    public int changeAll(List<UUID> ids, StatusChange change, Actor actor) {
        return transactions.inTransaction(() -> {
            List<BulkRefusedException.Refusal> refusals = new ArrayList<>();
            List<Petition> current = ids.stream().map(this::require).toList();
            for (Petition petition : current) {
                try {
                    transitions.apply(petition, change, clock.today());
                } catch (UserException e) {
                    refusals.add(new BulkRefusedException.Refusal(petition.code(), e));
                }
            }
            if (!refusals.isEmpty()) {
                throw new BulkRefusedException(refusals, ids.size());
            }
            current.forEach(petition -> apply(petition, change, actor));
            return current.size();
        });
    }

    /** Sets the handling unit of every selected open petition, or of none. */
    public int assignAll(List<UUID> ids, UUID unitId, Actor actor) {
        Objects.requireNonNull(unitId, "unitId");
        return transactions.inTransaction(() -> {
            List<Petition> current = ids.stream().map(this::require).toList();
            List<BulkRefusedException.Refusal> refusals = current.stream()
                    .filter(p -> p.voided() || !p.status().open())
                    .map(p -> new BulkRefusedException.Refusal(p.code(),
                            new UserException("error.petition.closedNoAssign", p.code())))
                    .toList();
            if (!refusals.isEmpty()) {
                throw new BulkRefusedException(refusals, ids.size());
            }
            for (Petition p : current) {
                write(p, PetitionState.of(p).withUnit(unitId));
                petitions.insertEvent(p.id(), actor.officerId(), PetitionEventType.ASSIGNED, null, null, null);
                audit.record(actor, AuditTrail.ASSIGN, "PETITION", p.id(),
                        Changes.of().field("đơn vị", p.handlingUnitId(), unitId).describing(p.code()));
            }
            return current.size();
        });
    }

    /**
     * What a dialogue's conclusion notice decided for a petition: the unit that handles it and, when given, the date
     * by which. Each change is written with a history event naming the notice. Closed or void petitions keep their
     * record. Joins the caller's transaction.
     */
    public void applyConclusion(UUID id, UUID unitId, LocalDate due, String noticeDocNo, Actor actor) {
        transactions.run(() -> {
            Petition p = require(id);
            if (p.voided() || !p.status().open()) {
                return;
            }
            String note = VietnameseText.cleanOrNull(noticeDocNo);
            if (unitId != null && !unitId.equals(p.handlingUnitId())) {
                write(p, PetitionState.of(p).withUnit(unitId));
                petitions.insertEvent(id, actor.officerId(), PetitionEventType.ASSIGNED, null, null, note);
            }
            if (due != null && !due.equals(p.dueDate())) {
                petitions.updateDueDate(id, due);
                petitions.insertEvent(id, actor.officerId(), PetitionEventType.DUE_DATE_CHANGED, null, null, note);
            }
            Changes changes = Changes.of().field("đơn vị", p.handlingUnitId(), unitId == null ? p.handlingUnitId() : unitId)
                    .field("hạn", p.dueDate(), due == null ? p.dueDate() : due);
            if (!changes.isEmpty()) {
                audit.record(actor, AuditTrail.ASSIGN, "PETITION", id, changes.describing(p.code())
                        + (note == null ? "" : " (" + note + ")"));
            }
        });
    }

    /** Marks a mistaken record as void, with a reason; nothing is ever deleted. */
    public Petition voidPetition(UUID id, String reason, Actor actor) {
        String clean = VietnameseText.clean(reason);
        TextRules.required(clean, StatusChangeRules.TEXT_MAX).ifPresent(p -> {
            throw new UserException(p.messageKey(), p.arguments());
        });
        return transactions.inTransaction(() -> {
            Petition current = require(id);
            if (current.voided()) {
                throw new UserException("error.petition.voided", current.code());
            }
            petitions.markVoided(id, clean);
            petitions.insertEvent(id, actor.officerId(), PetitionEventType.VOIDED, current.status(), null, clean);
            audit.record(actor, AuditTrail.VOID, "PETITION", id, current.code() + ": " + clean);
            return require(id);
        });
    }

    /** Records {@code newer} as a repeat (lần 2, lần 3...) of {@code earlier}; both keep the link. */
    public void linkRepeat(UUID newer, UUID earlier, Actor actor) {
        if (newer.equals(earlier)) {
            throw new UserException("error.petition.linkSelf");
        }
        transactions.run(() -> {
            Petition later = require(newer);
            Petition first = require(earlier);
            petitions.link(newer, earlier, PetitionLink.LinkType.REPEAT_OF);
            petitions.updateSubmissionCount(newer, Math.max(later.submissionCount(), first.submissionCount() + 1));
            petitions.insertEvent(newer, actor.officerId(), PetitionEventType.LINKED, null, null, first.code());
            petitions.insertEvent(earlier, actor.officerId(), PetitionEventType.LINKED, null, null, later.code());
        });
    }

    private void apply(Petition current, StatusChange change, Actor actor) {
        PetitionState next = transitions.apply(current, change, clock.today());
        if (change.target() == PetitionStatus.EXTENDED) {
            petitions.insertExtension(current.id(), change.date(), VietnameseText.clean(change.docNo()),
                    current.dueDate(), change.newDueDate());
        }
        write(current, next);
        petitions.insertEvent(current.id(), actor.officerId(), PetitionEventType.STATUS_CHANGED, current.status(),
                next.status(), VietnameseText.cleanOrNull(change.note()));
        audit.record(actor, AuditTrail.STATUS, "PETITION", current.id(), Changes.of()
                .field("trạng thái", current.status(), next.status()).field("hạn", current.dueDate(), next.dueDate())
                .field("đơn vị", current.handlingUnitId(), next.handlingUnitId()).describing(current.code()));
    }

    private void write(Petition current, PetitionState next) {
        if (!petitions.updateState(current.id(), current.rowVersion(), next)) {
            throw new UserException("error.petition.changedMeanwhile", current.code());
        }
    }
}
