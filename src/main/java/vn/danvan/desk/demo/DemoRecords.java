package vn.danvan.desk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionState;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.search.SearchDocument;

/** Rows of generated demo data, written in batches by {@link DemoDataRepository}. */
final class DemoRecords {

    private DemoRecords() {
    }

    record Citizen(UUID id, String name, String idNumber, String phone, UUID villageId, String address,
                   Instant createdAt) {
    }

    record Petition(UUID id, String code, LocalDate received, PetitionChannel channel, PetitionKind kind,
                    Integer complaintRound, UUID fieldId, String summary, int people, boolean group,
                    boolean anonymous, boolean confidential, UUID petitionerId, UUID villageId, String address,
                    int submissionCount, PetitionState state, boolean complex, boolean hotSpot, boolean remote,
                    long docNo, SearchDocument search, Instant createdAt) {
    }

    record Event(UUID id, UUID petitionId, Instant at, PetitionEventType type, PetitionStatus from, PetitionStatus to) {
    }

    record Representative(UUID petitionId, int ordinal, UUID citizenId) {
    }

    record Link(UUID repeat, UUID earlier, Instant at) {
    }
}
