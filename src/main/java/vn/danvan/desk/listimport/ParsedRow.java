package vn.danvan.desk.listimport;

import java.time.LocalDate;
import java.util.UUID;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * A row of a list, understood and checked: what the petition it describes holds. {@code code} is {@code null} when
 * the file gives none (a code is made); {@code villageId} and {@code unitId} are {@code null} when the name is
 * empty, or not yet in the catalog ({@code villageName}, {@code unitName} then say which).
 */
record ParsedRow(int row, String code, LocalDate received, Sender sender, String name, String idNumber,
                 String address, UUID villageId, String villageName, int people, PetitionChannel channel,
                 PetitionKind kind, UUID fieldId, String summary, HandlingDirection direction, UUID unitId,
                 String unitName, LocalDate due, PetitionStatus status, LocalDate resolved, String result,
                 String transferAgency, String transferDocNo, String note) {

    /** Who sent the petition, as the list says it. */
    enum Sender {
        /** A named person ({@code name}, perhaps {@code idNumber}). */
        PERSON,
        /** Nặc danh: nobody by choice. */
        ANONYMOUS,
        /** (bảo mật): a protected identity the list does not show; the petition is confidential. */
        MASKED,
        /** The list names nobody. */
        UNKNOWN
    }

    boolean confidential() {
        return sender == Sender.MASKED || kind.alwaysConfidential();
    }
}
