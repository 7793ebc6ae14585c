package vn.danvan.desk.dialogue;

import vn.danvan.desk.audit.AuditTrail;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionIntake;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionService;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.security.Actor;

/**
 * Logs dialogue sessions. Saving a session writes it with its chairs, villages, opinions and conclusion-notice
 * assignments and turns every follow-up opinion not yet followed up into a petition (channel: at a dialogue) linked
 * to the session and the opinion — all in one transaction: the session and all its petitions are saved, or nothing.
 * An opinion that already became a petition cannot be removed or turned into an answered one: void the petition.
 */
public final class DialogueService {

    private final DialogueRepository sessions;
    private final PetitionIntake intake;
    private final PetitionService petitions;
    private final Transactions transactions;
    private final OfficeClock clock;
    private final Supplier<UUID> officeId;
    private final AuditTrail audit;

    public DialogueService(DialogueRepository sessions, PetitionIntake intake, PetitionService petitions,
                           Transactions transactions, OfficeClock clock, Supplier<UUID> officeId, AuditTrail audit) {
        this.audit = audit;
        this.sessions = sessions;
        this.intake = intake;
        this.petitions = petitions;
        this.transactions = transactions;
        this.clock = clock;
        this.officeId = officeId;
    }

    public SessionDetail require(UUID id) {
        return sessions.find(id).orElseThrow(() -> new UserException("error.notFound"));
    }

    /** The session numbered {@code code} (e.g. {@code DT-2026-004}, case ignored). */
    public SessionDetail requireByCode(String code) {
        return sessions.findIdByCode(code).map(this::require)
                .orElseThrow(() -> new UserException("error.dialogue.unknownCode", code));
    }

    public List<SessionSummary> list(DialogueFilter filter, int limit) {
        return sessions.list(filter, limit);
    }

    /** Saves a new session or an edit of one; returns it as saved, with the petitions its opinions became. */
    public SessionDetail save(SessionDraft draft, Actor actor) {
        DialogueRules.check(draft, clock.today());
        UUID id = transactions.inTransaction(() -> {
            UUID sessionId = draft.id() == null ? UUID.randomUUID() : draft.id();
            Map<UUID, Optional<UUID>> onFile;
            if (draft.id() == null) {
                sessions.insertSession(sessionId, sessions.nextCode(draft.date().getYear()), draft, officeId.get(),
                        actor.officerId());
                onFile = Map.of();
            } else {
                if (!sessions.updateSession(draft)) {
                    throw new UserException("error.dialogue.changedMeanwhile");
                }
                onFile = sessions.opinionPetitions(sessionId);
            }
            removeDropped(draft, onFile);
            sessions.replaceChairsAndVillages(sessionId, draft.chairs(), draft.villageIds());
            List<UUID> assignmentIds = sessions.replaceAssignments(sessionId, draft.assignments());
            sessions.shiftOrdinals(sessionId);
            for (int i = 0; i < draft.opinions().size(); i++) {
                saveOpinion(draft, sessionId, i, onFile, assignmentIds, actor);
            }
            audit.record(actor, draft.id() == null ? AuditTrail.CREATE : AuditTrail.UPDATE, "DIALOGUE", sessionId,
                    draft.kind() + " " + draft.date() + ": " + draft.opinions().size() + " ý kiến, "
                            + draft.assignments().size() + " giao việc");
            return sessionId;
        });
        return require(id);
    }

    private void removeDropped(SessionDraft draft, Map<UUID, Optional<UUID>> onFile) {
        Set<UUID> kept = new HashSet<>();
        for (OpinionDraft o : draft.opinions()) {
            if (o.id() != null && !onFile.containsKey(o.id())) {
                throw new UserException("error.notFound");
            }
            kept.add(o.id());
        }
        for (var entry : onFile.entrySet()) {
            if (!kept.contains(entry.getKey())) {
                if (entry.getValue().isPresent()) {
                    throw new UserException("error.dialogue.removeFollowedUp",
                            petitions.require(entry.getValue().get()).code());
                }
                sessions.deleteOpinion(entry.getKey());
            }
        }
    }

    private void saveOpinion(SessionDraft draft, UUID sessionId, int index, Map<UUID, Optional<UUID>> onFile,
                             List<UUID> assignmentIds, Actor actor) {
        OpinionDraft o = draft.opinions().get(index);
        UUID petitionId = o.id() == null ? null : onFile.get(o.id()).orElse(null);
        AssignmentDraft assignment = o.assignment() == null ? null : draft.assignments().get(o.assignment() - 1);
        if (petitionId != null && o.outcome() == OpinionOutcome.ANSWERED) {
            throw new UserException("error.dialogue.answerFollowedUp", index + 1,
                    petitions.require(petitionId).code());
        }
        if (petitionId == null && o.outcome() == OpinionOutcome.FOLLOW_UP) {
            petitionId = intake.receive(petitionOf(draft, sessionId, o, assignment), actor).id();
        }
        sessions.saveOpinion(sessionId, index + 1, o, petitionId,
                assignment == null ? null : assignmentIds.get(o.assignment() - 1));
        if (petitionId != null && assignment != null) {
            petitions.applyConclusion(petitionId, assignment.unitId(), assignment.dueDate(),
                    assignment.noticeDocNo(), actor);
        }
    }

    private static PetitionDraft petitionOf(SessionDraft session, UUID sessionId, OpinionDraft o,
                                            AssignmentDraft assignment) {
        PetitionerRef speaker = null;
        if (o.speakerCitizenId() != null) {
            speaker = PetitionerRef.existing(o.speakerCitizenId());
        } else if (!VietnameseText.isBlank(o.speakerName())) {
            speaker = PetitionerRef.create(new CitizenDraft(o.speakerName(), null, null, null, o.villageId(), null));
        }
        PetitionKind kind = Objects.requireNonNullElse(o.petitionKind(), PetitionKind.RECOMMENDATION);
        return new PetitionDraft(session.date(), PetitionChannel.DIALOGUE, kind,
                kind == PetitionKind.COMPLAINT ? 1 : null, o.fieldId(), o.villageId(), null, o.content(), 1, false,
                speaker == null, false, speaker, List.of(), false, false, false,
                assignment == null ? null : assignment.unitId(), null, sessionId, null);
    }

    /** Marks a session entered by mistake as void, with a reason; its petitions stay (void them one by one). */
    public void voidSession(UUID id, String reason, Actor actor) {
        String clean = VietnameseText.clean(reason);
        if (clean.isEmpty()) {
            throw new UserException("validation.voidReason");
        }
        transactions.run(() -> {
            SessionDetail session = require(id);
            sessions.markVoided(id, clean);
            audit.record(actor, AuditTrail.VOID, "DIALOGUE", id, session.code() + ": " + clean);
        });
    }
}
