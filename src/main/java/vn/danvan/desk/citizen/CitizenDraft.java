package vn.danvan.desk.citizen;

import java.util.UUID;

/** What the intake form collects to create a citizen; text is cleaned by the service. */
public record CitizenDraft(String fullName, IdPaperType paperType, String idNumber, String phone, UUID villageId,
                           String address) {
}
