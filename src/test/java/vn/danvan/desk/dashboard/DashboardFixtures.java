package vn.danvan.desk.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.MutableClock;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.field.PetitionField;
import vn.danvan.desk.catalog.unit.HandlingUnitKind;
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

/**
 * A hand-built office for the dashboard, told day by day with the clock moved to each event, and seen on
 * {@link #TODAY} (Tuesday 24 November 2026): the boundaries of every card (due today, due in exactly 7 and in 8 days,
 * overdue since yesterday, resolved this month but received last year, suspended, voided, withdrawn, guided),
 * confidential identities, and petitions spread over ten fields and four villages (one without a village).
 */
final class DashboardFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Actor ADMIN = new Actor(null, "admin", true);
    static final String DENOUNCER = "Đặng Văn Tố";
    static final String SECRET = "Hoàng Thị Kín";
    static final String VISIBLE = "Nguyễn Văn Rõ";

    final MutableClock clock = new MutableClock(TestServices.NOW);
    final AppServices services;
    final Map<String, UUID> ids = new LinkedHashMap<>();
    final List<PetitionField> fields;
    final List<UUID> villages = new ArrayList<>();
    final UUID unit;
    private int people;

    DashboardFixtures(Path folder) {
        services = TestServices.open(folder, clock);
        clock.setDate(LocalDate.of(2025, 10, 1));
        services.setup().setUp(TestServices.setupRequest());
        fields = services.fields().all();
        for (String name : List.of("Thôn Đông", "Thôn Tây", "Thôn Nam", "Tổ dân phố 1")) {
            villages.add(services.villages().add(name, VillageKind.THON).id());
        }
        unit = services.units().add("Văn phòng UBND xã", HandlingUnitKind.COMMUNE, null).id();
    }

    DashboardFixtures story() {
        // last year: received in November 2025 (before the charts' twelve months), resolved on 5 November 2026
        receive("resolvedReceivedLastYear", PetitionKind.COMPLAINT, "2025-11-10", 0, 0, VISIBLE, false);
        accept("resolvedReceivedLastYear", "2025-11-15");
        // last year: received and resolved in December 2025 (in the chart; not in this year's settlement)
        receive("resolvedLastYear", PetitionKind.RECOMMENDATION, "2025-12-15", 1, 1, "Lê Văn Một", false);
        resolve("resolvedLastYear", "2025-12-20");
        // last year, still in progress: carried over into this year's settlement
        receive("carriedOpen", PetitionKind.COMPLAINT, "2025-12-18", 2, 2, "Trần Văn Hai", false);
        accept("carriedOpen", "2025-12-22");
        extend("carriedOpen", "2026-01-10", "2027-01-20");
        // this year
        receive("overdueOld", PetitionKind.FEEDBACK, "2026-02-02", 3, 0, "Phạm Văn Ba", false);
        receive("denunciation", PetitionKind.DENUNCIATION, "2026-03-02", 4, 1, DENOUNCER, false);
        receive("confidential", PetitionKind.RECOMMENDATION, "2026-03-16", 5, 2, SECRET, true);
        receive("withdrawn", PetitionKind.COMPLAINT, "2026-04-01", 6, 3, "Võ Văn Bốn", false);
        accept("withdrawn", "2026-04-03");
        change("withdrawn", "2026-05-04", StatusChange.to(PetitionStatus.WITHDRAWN).note("Công dân rút đơn"));
        receive("guided", PetitionKind.FEEDBACK, "2026-06-01", 7, 0, "Đỗ Văn Năm", false);
        change("guided", "2026-06-03", StatusChange.to(PetitionStatus.GUIDED).note("Hướng dẫn gửi Điện lực"));
        receive("resolvedInJuly", PetitionKind.RECOMMENDATION, "2026-07-06", 8, 1, "Hồ Văn Sáu", false);
        resolve("resolvedInJuly", "2026-07-20");
        receive("suspended", PetitionKind.COMPLAINT, "2026-08-03", 9, 2, "Bùi Văn Bảy", false);
        accept("suspended", "2026-08-05");
        change("suspended", "2026-09-01", StatusChange.to(PetitionStatus.SUSPENDED).date(LocalDate.of(2026, 9, 1))
                .note("Chờ kết quả giám định"));
        receive("dueToday", PetitionKind.COMPLAINT, "2026-09-01", 0, 3, "Mai Văn Tám", false);
        accept("dueToday", "2026-09-03");
        extend("dueToday", "2026-11-20", "2026-11-24");
        receive("dueIn7", PetitionKind.COMPLAINT, "2026-09-02", 1, null, "Đinh Văn Chín", false);
        accept("dueIn7", "2026-09-04");
        extend("dueIn7", "2026-11-20", "2026-12-01");
        receive("dueIn8", PetitionKind.COMPLAINT, "2026-09-03", 0, 0, "Lý Văn Mười", false);
        accept("dueIn8", "2026-09-07");
        extend("dueIn8", "2026-11-20", "2026-12-02");
        receive("overdueSinceYesterday", PetitionKind.COMPLAINT, "2026-09-04", 2, 1, "Tạ Văn Mười Một", false);
        accept("overdueSinceYesterday", "2026-09-08");
        extend("overdueSinceYesterday", "2026-11-20", "2026-11-23");
        // this month
        receive("anonymous", PetitionKind.RECOMMENDATION, "2026-11-02", 0, 0, null, false);
        receive("sameMonthResolved", PetitionKind.POLICY_QUESTION, "2026-11-03", 3, null, "Kiều Thị Mười Hai", false);
        resolve("sameMonthResolved", "2026-11-03");
        receive("voided", PetitionKind.RECOMMENDATION, "2026-11-05", 4, 1, "Nhầm Văn Ghi", false);
        clock.setDate(LocalDate.of(2026, 11, 5));
        services.petitions().voidPetition(ids.get("voided"), "Nhập nhầm", ADMIN);
        resolve("resolvedReceivedLastYear", "2026-11-05");
        receive("resolvedOnTheDay", PetitionKind.RECOMMENDATION, "2026-11-23", 0, 2, "Cao Văn Mười Ba", false);
        resolve("resolvedOnTheDay", "2026-11-24");
        receive("receivedToday", PetitionKind.FEEDBACK, "2026-11-24", 0, 3, "Quách Văn Mười Bốn", false);
        clock.setDate(TODAY);
        return this;
    }

    /** Every petition of the story as it stands now, read back from the database. */
    List<Petition> current() {
        return ids.values().stream().map(id -> services.petitions().require(id)).toList();
    }

    Petition current(String name) {
        return services.petitions().require(ids.get(name));
    }

    private void receive(String name, PetitionKind kind, String date, int field, Integer village, String who,
                         boolean confidential) {
        LocalDate received = LocalDate.parse(date);
        clock.setDate(received);
        PetitionerRef petitioner = who == null ? null : PetitionerRef.create(new CitizenDraft(who, IdPaperType.CCCD,
                String.format("0010700%05d", ++people), null, village == null ? null : villages.get(village),
                "Xóm Giữa"));
        Petition p = services.intake().receive(new PetitionDraft(received, PetitionChannel.RECEPTION, kind,
                kind == PetitionKind.COMPLAINT ? 1 : null, fields.get(field).id(),
                village == null ? null : villages.get(village), null, "Nội dung " + name, 1, false, who == null,
                confidential, petitioner, List.of(), false, false, false, unit, null, null, null), ADMIN);
        ids.put(name, p.id());
    }

    private void accept(String name, String date) {
        change(name, date, StatusChange.to(PetitionStatus.ACCEPTED).date(LocalDate.parse(date)).unit(unit));
    }

    private void resolve(String name, String date) {
        change(name, date, StatusChange.to(PetitionStatus.RESOLVED).date(LocalDate.parse(date))
                .result("Đã giải quyết xong"));
    }

    private void extend(String name, String on, String newDue) {
        change(name, on, StatusChange.to(PetitionStatus.EXTENDED).date(LocalDate.parse(on)).docNo("12/QĐ-UBND")
                .newDueDate(LocalDate.parse(newDue)));
    }

    private void change(String name, String on, StatusChange change) {
        clock.setDate(LocalDate.parse(on));
        Petition current = services.petitions().require(ids.get(name));
        services.petitions().change(current.id(), current.rowVersion(), change, ADMIN);
    }
}
