package vn.danvan.desk.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.petition.StatusChange;
import vn.danvan.desk.security.Actor;

/** Two citizens with petitions in a set-up office: the one who asks about their data, and another. */
final class PrivacyFixtures {

    static final Actor ADMIN = new Actor(null, "admin", true);
    static final Actor OFFICER = new Actor(null, "canbo", false);
    static final String NAME = "Quách Thị Xuyến";
    static final String ID_NUMBER = "079187001234";
    static final String PHONE = "0387654321";
    static final String ADDRESS = "Xóm Bãi Sậy, Thôn Đông";
    static final String OTHER_NAME = "Lê Văn Bình";
    static final String OTHER_ID = "001090005678";

    final AppServices services;
    final UUID village;
    final UUID field;

    PrivacyFixtures(AppServices services) {
        this.services = services;
        village = services.villages().add("Thôn Đông", VillageKind.THON).id();
        field = services.fields().all().get(0).id();
    }

    CitizenDraft citizen() {
        return new CitizenDraft(NAME, IdPaperType.CCCD, ID_NUMBER, "0387 654 321", village, ADDRESS);
    }

    CitizenDraft other() {
        return new CitizenDraft(OTHER_NAME, IdPaperType.CCCD, OTHER_ID, "0911222333", village, "Xóm Trên");
    }

    Petition receive(PetitionKind kind, LocalDate received, String summary, PetitionerRef petitioner) {
        return services.intake().receive(new PetitionDraft(received, PetitionChannel.RECEPTION, kind,
                kind == PetitionKind.COMPLAINT ? 1 : null, field, village, null, summary, 1, false, false, false,
                petitioner, List.of(), false, false, false, null, null, null, null), ADMIN);
    }

    Petition resolve(Petition p, LocalDate on) {
        return services.petitions().change(p.id(), p.rowVersion(),
                StatusChange.to(PetitionStatus.RESOLVED).date(on).result("Đã sửa xong"), ADMIN);
    }

    /**
     * The citizen's two petitions (a recommendation whose summary names her and her phone, a denunciation whose
     * identity is confidential) and one of another citizen, all received in November 2026.
     */
    List<Petition> story() {
        Petition first = receive(PetitionKind.RECOMMENDATION, LocalDate.of(2026, 11, 2),
                "Bà " + NAME + " (ĐT 0387 654 321) đề nghị sửa cống thoát nước", PetitionerRef.create(citizen()));
        UUID citizenId = first.identity().citizenId();
        Petition second = receive(PetitionKind.DENUNCIATION, LocalDate.of(2026, 11, 5),
                "Tố cáo việc lấn chiếm hành lang đường", PetitionerRef.existing(citizenId));
        Petition other = receive(PetitionKind.RECOMMENDATION, LocalDate.of(2026, 11, 6),
                "Đề nghị lắp đèn đường", PetitionerRef.create(other()));
        first = resolve(first, LocalDate.of(2026, 11, 10));
        return List.of(first, second, other);
    }
}
