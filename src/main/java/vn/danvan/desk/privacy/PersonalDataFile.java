package vn.danvan.desk.privacy;

import java.util.List;

/** Everything held about one person (one or several citizen records with the same ID number), for an export. */
public record PersonalDataFile(List<HeldCitizen> citizens, List<HeldPetition> petitions, List<HeldOpinion> opinions) {

    public int attachmentCount() {
        return petitions.stream().mapToInt(p -> p.attachments().size()).sum();
    }
}
