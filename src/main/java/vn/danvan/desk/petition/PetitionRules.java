package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.Optional;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;

/** Validation of a new petition, shared by the intake form (as the user types) and the service. */
public final class PetitionRules {

    public static final int SUMMARY_MAX = 8000;
    public static final int NOTE_MAX = 2000;
    public static final int MAX_REPRESENTATIVES = 5;
    public static final int MAX_PEOPLE = 100_000;
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private PetitionRules() {
    }

    public static Optional<Problem> receivedDate(LocalDate date, LocalDate today) {
        if (date == null) {
            return Problem.of("validation.required");
        }
        if (date.isAfter(today)) {
            return Problem.of("validation.date.future");
        }
        return date.isBefore(EARLIEST) ? Problem.of("validation.date.tooEarly", EARLIEST.getYear()) : Problem.none();
    }

    public static Optional<Problem> required(Object choice) {
        return choice == null ? Problem.of("validation.required") : Problem.none();
    }

    public static Optional<Problem> complaintRound(PetitionKind kind, Integer round) {
        if (kind != PetitionKind.COMPLAINT) {
            return Problem.none();
        }
        return round == null || round < 1 || round > 2 ? Problem.of("validation.petition.round") : Problem.none();
    }

    public static Optional<Problem> summary(String summary) {
        return TextRules.required(summary, SUMMARY_MAX);
    }

    public static Optional<Problem> peopleCount(Integer count, boolean group) {
        if (count == null) {
            return Problem.of("validation.required");
        }
        if (count < 1 || count > MAX_PEOPLE) {
            return Problem.of("validation.petition.people", MAX_PEOPLE);
        }
        return group && count < 2 ? Problem.of("validation.petition.groupPeople") : Problem.none();
    }

    public static Optional<Problem> petitioner(boolean anonymous, boolean present) {
        return !anonymous && !present ? Problem.of("validation.petition.petitioner") : Problem.none();
    }

    public static Optional<Problem> representatives(boolean group, int count) {
        if (!group) {
            return Problem.none();
        }
        return count < 1 || count > MAX_REPRESENTATIVES
                ? Problem.of("validation.petition.representatives", MAX_REPRESENTATIVES) : Problem.none();
    }

    /** Throws the first problem of a draft. */
    public static void check(PetitionDraft d, LocalDate today) {
        Problem.throwFirst(receivedDate(d.receivedDate(), today), required(d.channel()), required(d.kind()),
                complaintRound(d.kind(), d.complaintRound()), required(d.fieldId()), summary(d.summary()),
                peopleCount(d.peopleCount(), d.group()), petitioner(d.anonymous(), d.petitioner() != null),
                representatives(d.group(), d.representatives().size()), TextRules.maxLength(d.note(), NOTE_MAX),
                TextRules.maxLength(d.address(), 300));
    }
}
