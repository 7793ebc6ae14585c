package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The list's filters, all optional and combined with AND; {@code search} is matched accent- and case-insensitively
 * against code, summary and (unless confidential) the petitioner's name, ID number, phone and address.
 */
public record PetitionFilter(LocalDate receivedFrom, LocalDate receivedTo, Set<PetitionStatus> statuses,
                             ResolutionGroup group, PetitionKind kind, UUID fieldId, PetitionChannel channel,
                             UUID villageId, UUID unitId, DeadlineFilter deadline, Boolean confidential,
                             Boolean dialogueLinked, String search, boolean includeVoided) {

    public PetitionFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        deadline = deadline == null ? DeadlineFilter.ANY : deadline;
        search = search == null || search.isBlank() ? null : search;
    }

    public static PetitionFilter all() {
        return new PetitionFilter(null, null, Set.of(), null, null, null, null, null, null, DeadlineFilter.ANY, null,
                null, null, false);
    }

    public PetitionFilter withSearch(String text) {
        return new PetitionFilter(receivedFrom, receivedTo, statuses, group, kind, fieldId, channel, villageId, unitId,
                deadline, confidential, dialogueLinked, text, includeVoided);
    }

    public PetitionFilter withReceived(LocalDate from, LocalDate to) {
        return new PetitionFilter(from, to, statuses, group, kind, fieldId, channel, villageId, unitId, deadline,
                confidential, dialogueLinked, search, includeVoided);
    }

    public PetitionFilter withStatuses(Set<PetitionStatus> values) {
        return new PetitionFilter(receivedFrom, receivedTo, values, group, kind, fieldId, channel, villageId, unitId,
                deadline, confidential, dialogueLinked, search, includeVoided);
    }

    public PetitionFilter withGroup(ResolutionGroup value) {
        return new PetitionFilter(receivedFrom, receivedTo, statuses, value, kind, fieldId, channel, villageId, unitId,
                deadline, confidential, dialogueLinked, search, includeVoided);
    }

    public PetitionFilter withKind(PetitionKind value) {
        return new PetitionFilter(receivedFrom, receivedTo, statuses, group, value, fieldId, channel, villageId, unitId,
                deadline, confidential, dialogueLinked, search, includeVoided);
    }

    public PetitionFilter withField(UUID value) {
        return new PetitionFilter(receivedFrom, receivedTo, statuses, group, kind, value, channel, villageId, unitId,
                deadline, confidential, dialogueLinked, search, includeVoided);
    }

    public PetitionFilter withVillage(UUID value) {
        return new PetitionFilter(receivedFrom, receivedTo, statuses, group, kind, fieldId, channel, value, unitId,
                deadline, confidential, dialogueLinked, search, includeVoided);
    }

    public PetitionFilter withDeadline(DeadlineFilter value) {
        return new PetitionFilter(receivedFrom, receivedTo, statuses, group, kind, fieldId, channel, villageId, unitId,
                value, confidential, dialogueLinked, search, includeVoided);
    }
}
