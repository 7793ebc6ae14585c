package vn.danvan.desk.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.petition.PetitionRules;

/**
 * What a dialogue session must hold before it is saved. The form checks the same rules as the officer types; the
 * service checks them again. Problems of an opinion or an assignment carry its number as the officer sees it.
 */
public final class DialogueRules {

    public static final int PLACE_MAX = 300;
    public static final int NAME_MAX = 120;
    public static final int TEXT_MAX = 8000;
    public static final int TOPICS_MAX = 4000;
    public static final int BODIES_MAX = 1000;
    public static final int ABSENT_MAX = 2000;
    public static final int MAX_HEADCOUNT = 100_000;
    public static final int MAX_OPINIONS = 500;

    private DialogueRules() {
    }

    public static Optional<Problem> date(LocalDate date, LocalDate today) {
        return PetitionRules.receivedDate(date, today);
    }

    public static Optional<Problem> place(String place) {
        return TextRules.required(place, PLACE_MAX);
    }

    public static Optional<Problem> times(LocalTime start, LocalTime end) {
        return start != null && end != null && end.isBefore(start)
                ? Problem.of("validation.dialogue.endBeforeStart") : Problem.none();
    }

    public static Optional<Problem> headcount(Integer count) {
        if (count == null) {
            return Problem.of("validation.number");
        }
        return count < 0 || count > MAX_HEADCOUNT ? Problem.of("validation.dialogue.headcount", MAX_HEADCOUNT)
                : Problem.none();
    }

    public static Optional<Problem> chairs(List<Chair> chairs) {
        if (chairs.isEmpty()) {
            return Problem.of("validation.dialogue.noChair");
        }
        for (Chair chair : chairs) {
            if (VietnameseText.isBlank(chair.name()) || chair.name().strip().length() > NAME_MAX
                    || chair.title() != null && chair.title().strip().length() > NAME_MAX) {
                return Problem.of("validation.dialogue.chair", NAME_MAX);
            }
        }
        return Problem.none();
    }

    /** The problem of opinion number {@code number} (from 1), if any. */
    public static Optional<Problem> opinion(OpinionDraft o, int number, int assignments) {
        if (VietnameseText.isBlank(o.content())) {
            return Problem.of("validation.dialogue.opinionContent", number);
        }
        if (o.content().strip().length() > TEXT_MAX) {
            return Problem.of("validation.dialogue.opinionTooLong", number, TEXT_MAX);
        }
        if (o.speakerName() != null && o.speakerName().strip().length() > NAME_MAX) {
            return Problem.of("validation.dialogue.opinionSpeaker", number, NAME_MAX);
        }
        if (o.outcome() == null) {
            return Problem.of("validation.dialogue.opinionOutcome", number);
        }
        if (o.outcome() == OpinionOutcome.ANSWERED && VietnameseText.isBlank(o.answer())) {
            return Problem.of("validation.dialogue.opinionAnswer", number);
        }
        if (o.outcome() == OpinionOutcome.FOLLOW_UP && o.petitionId() == null) {
            if (o.fieldId() == null) {
                return Problem.of("validation.dialogue.opinionField", number);
            }
            if (o.petitionKind() == null) {
                return Problem.of("validation.dialogue.opinionKind", number);
            }
        }
        if (o.assignment() != null && (o.assignment() < 1 || o.assignment() > assignments)) {
            return Problem.of("validation.dialogue.opinionAssignment", number, o.assignment());
        }
        return Problem.none();
    }

    public static Optional<Problem> assignment(AssignmentDraft a, int number, LocalDate sessionDate) {
        if (a.unitId() == null) {
            return Problem.of("validation.dialogue.assignmentUnit", number);
        }
        if (VietnameseText.isBlank(a.content()) || a.content().strip().length() > TOPICS_MAX) {
            return Problem.of("validation.dialogue.assignmentContent", number, TOPICS_MAX);
        }
        if (a.dueDate() != null && sessionDate != null && !a.dueDate().isAfter(sessionDate)) {
            return Problem.of("validation.dialogue.assignmentDue", number);
        }
        return Problem.none();
    }

    /** Every problem of the draft, in the order of the form. */
    public static List<Problem> problems(SessionDraft d, LocalDate today) {
        List<Optional<Problem>> found = new ArrayList<>();
        found.add(d.kind() == null ? Problem.of("validation.dialogue.kind") : Problem.none());
        found.add(date(d.date(), today));
        found.add(times(d.start(), d.end()));
        found.add(place(d.place()));
        found.add(chairs(d.chairs()));
        found.add(headcount(d.citizensCount()));
        found.add(headcount(d.officialsCount()));
        found.add(TextRules.maxLength(d.participatingBodies(), BODIES_MAX));
        found.add(TextRules.maxLength(d.topics(), TOPICS_MAX));
        found.add(TextRules.maxLength(d.conclusions(), TEXT_MAX));
        found.add(TextRules.maxLength(d.pointsAgreed(), TEXT_MAX));
        found.add(TextRules.maxLength(d.pointsDisputed(), TEXT_MAX));
        found.add(TextRules.maxLength(d.absentPeople(), ABSENT_MAX));
        found.add(TextRules.maxLength(d.noteTaker(), NAME_MAX));
        if (d.opinions().size() > MAX_OPINIONS) {
            found.add(Problem.of("validation.dialogue.tooManyOpinions", MAX_OPINIONS));
        }
        for (int i = 0; i < d.opinions().size(); i++) {
            found.add(opinion(d.opinions().get(i), i + 1, d.assignments().size()));
        }
        for (int i = 0; i < d.assignments().size(); i++) {
            found.add(assignment(d.assignments().get(i), i + 1, d.date()));
        }
        return found.stream().flatMap(Optional::stream).toList();
    }

    /** Throws the first problem of the draft. */
    public static void check(SessionDraft d, LocalDate today) {
        List<Problem> all = problems(d, today);
        if (!all.isEmpty()) {
            throw new UserException(all.get(0).messageKey(), all.get(0).arguments());
        }
    }
}
