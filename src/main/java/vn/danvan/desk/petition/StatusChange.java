package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request to move a petition to {@code target}, with what that step needs (see {@link StatusChangeRules}):
 * {@code date} is the acceptance, extension, suspension, resumption, resolution or communication date;
 * {@code docNo} the transfer, extension or settlement document number.
 */
public record StatusChange(PetitionStatus target, LocalDate date, String note, UUID handlingUnitId, String agency,
                           String docNo, LocalDate newDueDate, String resultText, Satisfaction satisfaction) {

    public static StatusChange to(PetitionStatus target) {
        return new StatusChange(target, null, null, null, null, null, null, null, null);
    }

    public StatusChange date(LocalDate value) {
        return new StatusChange(target, value, note, handlingUnitId, agency, docNo, newDueDate, resultText,
                satisfaction);
    }

    public StatusChange note(String value) {
        return new StatusChange(target, date, value, handlingUnitId, agency, docNo, newDueDate, resultText,
                satisfaction);
    }

    public StatusChange unit(UUID value) {
        return new StatusChange(target, date, note, value, agency, docNo, newDueDate, resultText, satisfaction);
    }

    public StatusChange agency(String value) {
        return new StatusChange(target, date, note, handlingUnitId, value, docNo, newDueDate, resultText,
                satisfaction);
    }

    public StatusChange docNo(String value) {
        return new StatusChange(target, date, note, handlingUnitId, agency, value, newDueDate, resultText,
                satisfaction);
    }

    public StatusChange newDueDate(LocalDate value) {
        return new StatusChange(target, date, note, handlingUnitId, agency, docNo, value, resultText, satisfaction);
    }

    public StatusChange result(String value) {
        return new StatusChange(target, date, note, handlingUnitId, agency, docNo, newDueDate, value, satisfaction);
    }

    public StatusChange satisfaction(Satisfaction value) {
        return new StatusChange(target, date, note, handlingUnitId, agency, docNo, newDueDate, resultText, value);
    }
}
