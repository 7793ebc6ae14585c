package vn.danvan.desk.petition;

import java.util.List;

/** Everything the detail pane shows of one petition; the identity is masked unless revealed to an admin. */
public record PetitionDetail(Petition petition, List<PetitionEvent> history, List<PetitionLink> links,
                             List<String> representatives, boolean revealed) {
}
