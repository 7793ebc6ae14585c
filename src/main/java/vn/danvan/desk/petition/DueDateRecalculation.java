package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.Objects;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;
import vn.danvan.desk.security.Actor;

/**
 * After the office changes its calendar or a deadline rule, re-computes the due date of every open petition whose
 * due date follows the rules (extended ones keep the date of their extension document). Each moved date is
 * written to the petition's history.
 */
public final class DueDateRecalculation {

    private final PetitionRepository petitions;
    private final PetitionDeadlines deadlines;
    private final Transactions transactions;

    public DueDateRecalculation(PetitionRepository petitions, PetitionDeadlines deadlines,
                                Transactions transactions) {
        this.petitions = petitions;
        this.deadlines = deadlines;
        this.transactions = transactions;
    }

    /** Returns how many due dates moved. */
    public int recompute(Actor actor) {
        return transactions.inTransaction(() -> {
            int moved = 0;
            for (PetitionRepository.DueFacts facts : petitions.dueFactsOfOpen()) {
                LocalDate due = dueOf(facts);
                if (due != null && !Objects.equals(due, facts.due())) {
                    petitions.updateDueDate(facts.id(), due);
                    petitions.insertEvent(facts.id(), actor.officerId(), PetitionEventType.DUE_DATE_CHANGED, null,
                            null, facts.due() + " → " + due);
                    moved++;
                }
            }
            return moved;
        });
    }

    private LocalDate dueOf(PetitionRepository.DueFacts f) {
        if (f.status() == PetitionStatus.RECEIVED || f.status() == PetitionStatus.SORTING) {
            return deadlines.intakeDue(f.kind(), f.received()).orElse(null);
        }
        if (f.accepted() == null) {
            return null;
        }
        LocalDate due = deadlines.settleDue(f.kind(), f.complaintRound(), f.complex(), f.remote(), f.accepted())
                .orElse(null);
        if (due != null && f.suspended() != null && f.resumed() != null) {
            due = deadlines.afterSuspension(due, f.suspended(), f.resumed());
        }
        return due;
    }
}
