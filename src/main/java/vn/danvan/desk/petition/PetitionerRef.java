package vn.danvan.desk.petition;

import java.util.UUID;
import vn.danvan.desk.citizen.CitizenDraft;

/** A petitioner or representative: a citizen already on file, or a new one to create with the petition. */
public record PetitionerRef(UUID citizenId, CitizenDraft newCitizen) {

    public PetitionerRef {
        if ((citizenId == null) == (newCitizen == null)) {
            throw new IllegalArgumentException("exactly one of citizenId and newCitizen");
        }
    }

    public static PetitionerRef existing(UUID citizenId) {
        return new PetitionerRef(citizenId, null);
    }

    public static PetitionerRef create(CitizenDraft draft) {
        return new PetitionerRef(null, draft);
    }
}
