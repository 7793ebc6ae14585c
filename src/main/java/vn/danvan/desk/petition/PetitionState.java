package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.UUID;

/** The part of a petition that its lifecycle changes; written as a whole by one status change. */
public record PetitionState(PetitionStatus status, String statusReason, Competence competence,
                            HandlingDirection direction, String transferAgency, String transferDocNo,
                            UUID handlingUnitId, LocalDate acceptedDate, LocalDate dueDate, LocalDate suspendedDate,
                            LocalDate resumedDate, LocalDate resolvedDate, String resultText, String settlementDocNo,
                            LocalDate communicatedDate, Satisfaction satisfaction) {

    /** The same state handled by another unit. */
    public PetitionState withUnit(UUID unitId) {
        return new PetitionState(status, statusReason, competence, direction, transferAgency, transferDocNo, unitId,
                acceptedDate, dueDate, suspendedDate, resumedDate, resolvedDate, resultText, settlementDocNo,
                communicatedDate, satisfaction);
    }

    public static PetitionState of(Petition p) {
        return new PetitionState(p.status(), p.statusReason(), p.competence(), p.direction(), p.transferAgency(),
                p.transferDocNo(), p.handlingUnitId(), p.acceptedDate(), p.dueDate(), p.suspendedDate(),
                p.resumedDate(), p.resolvedDate(), p.resultText(), p.settlementDocNo(), p.communicatedDate(),
                p.satisfaction());
    }
}
