package vn.danvan.desk.petition;

import static vn.danvan.desk.petition.ChangeField.AGENCY;
import static vn.danvan.desk.petition.ChangeField.DATE;
import static vn.danvan.desk.petition.ChangeField.DOC_NO;
import static vn.danvan.desk.petition.ChangeField.NEW_DUE_DATE;
import static vn.danvan.desk.petition.ChangeField.NOTE;
import static vn.danvan.desk.petition.ChangeField.RESULT;
import static vn.danvan.desk.petition.ChangeField.SATISFACTION;
import static vn.danvan.desk.petition.ChangeField.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;

/**
 * What each status change asks for and when its input is acceptable. The service enforces these rules; the
 * status-change form shows only the fields of the chosen step and checks them as the user types.
 */
public final class StatusChangeRules {

    public static final int TEXT_MAX = 4000;
    public static final int DOC_NO_MAX = 60;
    public static final int AGENCY_MAX = 200;

    /** A problem with one input of the change. */
    public record FieldProblem(ChangeField field, Problem problem) {
    }

    private StatusChangeRules() {
    }

    /** The inputs shown for a change from {@code from} to {@code target}. */
    public static Set<ChangeField> fields(PetitionStatus from, PetitionStatus target) {
        Set<ChangeField> fields = EnumSet.copyOf(required(from, target));
        fields.add(NOTE);
        switch (target) {
            case SORTING -> fields.add(UNIT);
            case RESOLVED -> fields.add(DOC_NO);
            case COMMUNICATED -> fields.add(SATISFACTION);
            default -> { }
        }
        return fields;
    }

    /** The inputs that must be filled for a change from {@code from} to {@code target}. */
    public static Set<ChangeField> required(PetitionStatus from, PetitionStatus target) {
        return switch (target) {
            case ACCEPTED -> EnumSet.of(DATE, UNIT);
            case GUIDED, FILED, WITHDRAWN, TERMINATED -> EnumSet.of(NOTE);
            case TRANSFERRED -> EnumSet.of(AGENCY, DOC_NO);
            case IN_PROGRESS -> from == PetitionStatus.SUSPENDED ? EnumSet.of(DATE) : EnumSet.noneOf(ChangeField.class);
            case EXTENDED -> EnumSet.of(DATE, DOC_NO, NEW_DUE_DATE);
            case SUSPENDED -> EnumSet.of(DATE, NOTE);
            case RESOLVED -> EnumSet.of(DATE, RESULT);
            case COMMUNICATED -> EnumSet.of(DATE);
            default -> EnumSet.noneOf(ChangeField.class);
        };
    }

    /** The bundle key of the label of an input, which depends on the step (the date is not always the same date). */
    public static String labelKey(ChangeField field, PetitionStatus from, PetitionStatus target) {
        String step = target == PetitionStatus.IN_PROGRESS && from == PetitionStatus.SUSPENDED
                ? "resumed" : target.name().toLowerCase(Locale.ROOT);
        return switch (field) {
            case DATE -> "petition.change.date." + step;
            case NOTE -> required(from, target).contains(NOTE)
                    ? "petition.change.reason." + step : ChangeField.NOTE.messageKey();
            case DOC_NO -> "petition.change.docNo." + step;
            default -> field.messageKey();
        };
    }

    /** Every problem of {@code change} for {@code current}, in the order of the form. */
    public static List<FieldProblem> check(Petition current, StatusChange change, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        PetitionStatus target = change.target();
        if (target == null) {
            problems.add(new FieldProblem(null, new Problem("validation.required")));
            return problems;
        }
        Set<ChangeField> required = required(current.status(), target);
        add(problems, DATE, checkDate(current, change, today, required.contains(DATE)));
        add(problems, NOTE, required.contains(NOTE)
                ? TextRules.required(change.note(), TEXT_MAX) : TextRules.maxLength(change.note(), TEXT_MAX));
        add(problems, UNIT, required.contains(UNIT) && change.handlingUnitId() == null
                ? Problem.of("validation.required") : Problem.none());
        add(problems, AGENCY, required.contains(AGENCY)
                ? TextRules.required(change.agency(), AGENCY_MAX) : Problem.none());
        add(problems, DOC_NO, required.contains(DOC_NO)
                ? TextRules.required(change.docNo(), DOC_NO_MAX) : TextRules.maxLength(change.docNo(), DOC_NO_MAX));
        add(problems, NEW_DUE_DATE, required.contains(NEW_DUE_DATE) ? checkNewDue(current, change) : Problem.none());
        add(problems, RESULT, required.contains(RESULT)
                ? TextRules.required(change.resultText(), TEXT_MAX) : Problem.none());
        return problems;
    }

    private static Optional<Problem> checkDate(Petition current, StatusChange change, LocalDate today,
                                               boolean required) {
        LocalDate date = change.date();
        if (date == null) {
            return required ? Problem.of("validation.required") : Problem.none();
        }
        if (date.isAfter(today)) {
            return Problem.of("validation.date.future");
        }
        if (date.isBefore(current.receivedDate())) {
            return Problem.of("validation.date.beforeReceived");
        }
        return switch (change.target()) {
            case IN_PROGRESS -> current.suspendedDate() != null && date.isBefore(current.suspendedDate())
                    ? Problem.of("validation.date.beforeSuspended") : Problem.none();
            case COMMUNICATED -> current.resolvedDate() != null && date.isBefore(current.resolvedDate())
                    ? Problem.of("validation.date.beforeResolved") : Problem.none();
            default -> Problem.none();
        };
    }

    private static Optional<Problem> checkNewDue(Petition current, StatusChange change) {
        LocalDate newDue = change.newDueDate();
        if (newDue == null) {
            return Problem.of("validation.required");
        }
        if (current.dueDate() != null && !newDue.isAfter(current.dueDate())) {
            return Problem.of("validation.date.notAfterDue");
        }
        return change.date() != null && !newDue.isAfter(change.date())
                ? Problem.of("validation.date.notAfterDue") : Problem.none();
    }

    private static void add(List<FieldProblem> problems, ChangeField field, Optional<Problem> problem) {
        problem.ifPresent(p -> problems.add(new FieldProblem(field, p)));
    }
}
