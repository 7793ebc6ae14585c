package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.UUID;
import vn.danvan.desk.common.NamedRef;

/**
 * What another page (the dashboard) asks the petition list to show: the filters to set, every other filter cleared,
 * and optionally a petition to select (its detail then shows beside the list).
 */
public record PetitionListRequest(boolean openOnly, ResolutionGroup group, DeadlineFilter deadline,
                                  LocalDate receivedFrom, LocalDate receivedTo, NamedRef field, NamedRef village,
                                  String search, UUID select) {

    public PetitionListRequest {
        deadline = deadline == null ? DeadlineFilter.ANY : deadline;
    }

    /** The whole list, no filter. */
    public static PetitionListRequest all() {
        return new PetitionListRequest(false, null, DeadlineFilter.ANY, null, null, null, null, null, null);
    }

    /** Petitions not yet settled: statuses of the groups "chưa giải quyết" and "đang giải quyết". */
    public static PetitionListRequest open() {
        return new PetitionListRequest(true, null, DeadlineFilter.ANY, null, null, null, null, null, null);
    }

    public static PetitionListRequest deadline(DeadlineFilter value) {
        return new PetitionListRequest(false, null, value, null, null, null, null, null, null);
    }

    /** Petitions received from {@code from} to {@code to}, optionally only those of one resolution group. */
    public static PetitionListRequest received(LocalDate from, LocalDate to, ResolutionGroup group) {
        return new PetitionListRequest(false, group, DeadlineFilter.ANY, from, to, null, null, null, null);
    }

    /** One petition: its code typed in the search box, and the petition selected. */
    public static PetitionListRequest petition(UUID id, String code) {
        return new PetitionListRequest(false, null, DeadlineFilter.ANY, null, null, null, null, code, id);
    }

    public PetitionListRequest withField(NamedRef value) {
        return new PetitionListRequest(openOnly, group, deadline, receivedFrom, receivedTo, value, village, search,
                select);
    }

    public PetitionListRequest withVillage(NamedRef value) {
        return new PetitionListRequest(openOnly, group, deadline, receivedFrom, receivedTo, field, value, search,
                select);
    }
}
