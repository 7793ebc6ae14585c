package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.List;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.MessageKey;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;

/**
 * The lifecycle rules (domain.md 2.3): whether a change is allowed, and the state it leads to. Pure: no database,
 * so every transition is tested directly.
 */
public final class PetitionTransitions {

    private final PetitionDeadlines deadlines;

    public PetitionTransitions(PetitionDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** The state after {@code change}, or a {@link UserException} naming why the change is refused. */
    public PetitionState apply(Petition current, StatusChange change, LocalDate today) {
        if (current.voided()) {
            throw new UserException("error.petition.voided", current.code());
        }
        PetitionStatus from = current.status();
        PetitionStatus to = change.target();
        if (to == null || !from.canMoveTo(to)) {
            throw new UserException("error.petition.transition", current.code(), new MessageKey(from.messageKey()),
                    to == null ? "" : new MessageKey(to.messageKey()));
        }
        List<StatusChangeRules.FieldProblem> problems = StatusChangeRules.check(current, change, today);
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            throw new UserException(first.problem().messageKey(), first.problem().arguments());
        }
        Next next = new Next(PetitionState.of(current));
        next.status = to;
        String note = VietnameseText.cleanOrNull(change.note());
        switch (to) {
            case SORTING -> {
                if (change.handlingUnitId() != null) {
                    next.unit = change.handlingUnitId();
                }
            }
            case ACCEPTED -> {
                next.direction = HandlingDirection.ACCEPT;
                next.competence = Competence.WITHIN;
                next.unit = change.handlingUnitId();
                next.accepted = change.date();
                next.due = deadlines.settleDue(current.kind(), current.complaintRound(), current.complex(),
                        current.remote(), change.date()).orElse(current.dueDate());
            }
            case GUIDED, FILED -> {
                next.direction = HandlingDirection.forStatus(to).orElseThrow();
                next.competence = Competence.OUTSIDE;
                next.reason = note;
            }
            case TRANSFERRED -> {
                next.direction = HandlingDirection.TRANSFER;
                next.competence = Competence.OUTSIDE;
                next.agency = VietnameseText.clean(change.agency());
                next.transferDocNo = VietnameseText.clean(change.docNo());
            }
            case IN_PROGRESS -> {
                if (from == PetitionStatus.SUSPENDED) {
                    next.resumed = change.date();
                    next.due = current.dueDate() == null ? null
                            : deadlines.afterSuspension(current.dueDate(), current.suspendedDate(), change.date());
                }
            }
            case EXTENDED -> next.due = change.newDueDate();
            case SUSPENDED -> {
                next.suspended = change.date();
                next.resumed = null;
                next.reason = note;
            }
            case RESOLVED -> {
                if (from == PetitionStatus.RECEIVED || from == PetitionStatus.SORTING) {
                    next.direction = HandlingDirection.ANSWER_NOW;
                    next.competence = Competence.WITHIN;
                }
                next.resolved = change.date();
                next.result = VietnameseText.clean(change.resultText());
                next.settlementDocNo = VietnameseText.cleanOrNull(change.docNo());
            }
            case COMMUNICATED -> {
                next.communicated = change.date();
                next.satisfaction = change.satisfaction();
            }
            case WITHDRAWN, TERMINATED -> next.reason = note;
            default -> throw new UserException("error.petition.transition", current.code(), new MessageKey(from.messageKey()),
                    new MessageKey(to.messageKey()));
        }
        return next.toState();
    }

    /** A working copy of the state being changed. */
    private static final class Next {
        private PetitionStatus status;
        private String reason;
        private Competence competence;
        private HandlingDirection direction;
        private String agency;
        private String transferDocNo;
        private java.util.UUID unit;
        private LocalDate accepted;
        private LocalDate due;
        private LocalDate suspended;
        private LocalDate resumed;
        private LocalDate resolved;
        private String result;
        private String settlementDocNo;
        private LocalDate communicated;
        private Satisfaction satisfaction;

        Next(PetitionState s) {
            status = s.status();
            reason = s.statusReason();
            competence = s.competence();
            direction = s.direction();
            agency = s.transferAgency();
            transferDocNo = s.transferDocNo();
            unit = s.handlingUnitId();
            accepted = s.acceptedDate();
            due = s.dueDate();
            suspended = s.suspendedDate();
            resumed = s.resumedDate();
            resolved = s.resolvedDate();
            result = s.resultText();
            settlementDocNo = s.settlementDocNo();
            communicated = s.communicatedDate();
            satisfaction = s.satisfaction();
        }

        PetitionState toState() {
            return new PetitionState(status, reason, competence, direction, agency, transferDocNo, unit, accepted,
                    due, suspended, resumed, resolved, result, settlementDocNo, communicated, satisfaction);
        }
    }
}
