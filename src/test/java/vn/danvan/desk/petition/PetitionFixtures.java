package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.catalog.unit.HandlingUnitKind;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.security.Actor;

/** Catalog entries and petition drafts for tests over a real, set-up database. */
final class PetitionFixtures {

    static final Actor ADMIN = new Actor(null, "admin", true);
    static final Actor OFFICER = new Actor(null, "canbo", false);

    final UUID village;
    final UUID otherVillage;
    final UUID land;
    final UUID environment;
    final UUID unit;

    PetitionFixtures(AppServices services) {
        village = services.villages().add("Thôn Đông", VillageKind.THON).id();
        otherVillage = services.villages().add("Tổ dân phố 2", VillageKind.TO_DAN_PHO).id();
        var fields = services.fields().all();
        land = fields.get(0).id();
        environment = fields.get(3).id();
        unit = services.units().add("Văn phòng UBND xã", HandlingUnitKind.COMMUNE, null).id();
    }

    CitizenDraft citizen(String name, String idNumber) {
        return new CitizenDraft(name, IdPaperType.CCCD, idNumber, "0912 345 678", village, "Xóm Giữa, Thôn Đông");
    }

    PetitionDraft draft(PetitionKind kind, LocalDate received, String summary, PetitionerRef petitioner) {
        return new PetitionDraft(received, PetitionChannel.RECEPTION, kind,
                kind == PetitionKind.COMPLAINT ? 1 : null, land, village, null, summary, 1, false,
                petitioner == null, false, petitioner, List.of(), false, false, false, null, null, null, null);
    }

    PetitionDraft recommendation(LocalDate received, String name, String idNumber) {
        return draft(PetitionKind.RECOMMENDATION, received, "Đề nghị sửa đường liên thôn",
                PetitionerRef.create(citizen(name, idNumber)));
    }
}
