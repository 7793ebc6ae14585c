package vn.danvan.desk.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A dialogue session as the officer fills it in: {@code id} is null for a new session, {@code rowVersion} is the
 * version read before an edit. Opinions and assignments are in the order shown; opinions refer to assignments by
 * their number from 1.
 */
public record SessionDraft(UUID id, int rowVersion, DialogueKind kind, LocalDate date, LocalTime start, LocalTime end,
                           String place, List<UUID> villageIds, List<Chair> chairs, String participatingBodies,
                           int citizensCount, int officialsCount, String topics, String conclusions,
                           String pointsAgreed, String pointsDisputed, String absentPeople, String noteTaker,
                           List<OpinionDraft> opinions, List<AssignmentDraft> assignments) {

    public SessionDraft {
        villageIds = villageIds == null ? List.of() : List.copyOf(villageIds);
        chairs = chairs == null ? List.of() : List.copyOf(chairs);
        opinions = opinions == null ? List.of() : List.copyOf(opinions);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    public SessionDraft withOpinions(List<OpinionDraft> newOpinions) {
        return new SessionDraft(id, rowVersion, kind, date, start, end, place, villageIds, chairs,
                participatingBodies, citizensCount, officialsCount, topics, conclusions, pointsAgreed,
                pointsDisputed, absentPeople, noteTaker, newOpinions, assignments);
    }

    public SessionDraft withAssignments(List<AssignmentDraft> newAssignments) {
        return new SessionDraft(id, rowVersion, kind, date, start, end, place, villageIds, chairs,
                participatingBodies, citizensCount, officialsCount, topics, conclusions, pointsAgreed,
                pointsDisputed, absentPeople, noteTaker, opinions, newAssignments);
    }
}
