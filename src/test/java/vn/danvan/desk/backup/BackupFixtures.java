package vn.danvan.desk.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.Startup;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.security.Actor;

/** A real encrypted data folder with petitions and a sealed attachment, set up and logged in as the app does. */
final class BackupFixtures {

    static final String NAME = "Nguyễn Thị Hoa Mai";
    static final String ID_NUMBER = "001234567890";
    static final String SUMMARY = "Tranh chấp ranh giới đất vườn nhà bà Mai";
    static final String SCAN_TEXT = "Đơn của bà " + NAME + ", CCCD " + ID_NUMBER;

    private BackupFixtures() {
    }

    static Startup startup(Path folder, Clock clock) {
        return TestServices.startup(folder, clock);
    }

    static Startup.SignedIn logIn(Path folder, Clock clock) throws Exception {
        return startup(folder, clock).logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD.toCharArray());
    }

    /** Adds one petition from {@link #NAME} with a scan attached; the village is made on first use. */
    static Petition addPetition(AppServices services, Path outside, String summary) throws Exception {
        var village = services.villages().all().stream().findFirst()
                .orElseGet(() -> services.villages().add("Thôn Đông", VillageKind.THON)).id();
        var field = services.fields().all().get(0).id();
        var petition = services.intake().receive(new PetitionDraft(LocalDate.of(2026, 11, 2), PetitionChannel.POST,
                PetitionKind.RECOMMENDATION, null, field, village, "Xóm Giữa", summary, 1, false, false, false,
                PetitionerRef.create(new CitizenDraft(NAME, IdPaperType.CCCD, ID_NUMBER, "0912345678", village,
                        "Xóm Giữa, Thôn Đông")), List.of(), false, false, false, null, null, null, null),
                Actor.system());
        Path scan = Files.writeString(outside.resolve("don-" + petition.id() + ".txt"), SCAN_TEXT);
        services.attachments().attach(Attachment.OwnerType.PETITION, petition.id(), scan, null, Actor.system());
        return petition;
    }
}
