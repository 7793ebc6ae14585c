package vn.danvan.desk.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.MutableClock;
import vn.danvan.desk.TestServices;
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
 * A known story of fourteen petitions told over June to November 2026 on a real database, with the clock moved to
 * each event's day, for the October 2026 list. {@link #EXPECTED_OCTOBER} is the list's order; the comments say why
 * each petition is in or out.
 */
final class MonthlyListFixtures {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final Actor ADMIN = new Actor(null, "admin", true);
    static final String DENOUNCER = "Đặng Văn Tố";
    static final String DENOUNCER_ID = "001086012345";
    static final String CONFIDENTIAL_NAME = "Hoàng Thị Kín";
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")";
    static final String PHONE_NOTE = "+84 912 345 678 gọi lại";
    static final String AT_ADDRESS = "@Xóm Trại, Thôn Đông";
    static final String MINUS_SUMMARY = "-5 hộ chưa nhận tiền hỗ trợ lũ";
    static final String SUM_SUMMARY = "=SUM(1+1)*cmd|' /C calc'!A0";
    static final String AGENCY = "Tòa án nhân dân khu vực 3";

    /** The October list: four carried over (received before October, still open at its end), then five received. */
    static final List<String> EXPECTED_OCTOBER = List.of("P3", "P11", "P1", "P12", "P5", "P6", "P13", "P7", "P8");
    static final List<String> CARRIED_OVER = List.of("P3", "P11", "P1", "P12");

    final MutableClock clock = new MutableClock(TestServices.NOW);
    final AppServices services;
    final Map<String, Petition> petitions = new LinkedHashMap<>();
    /** Each petition as it was when received. */
    final Map<String, Petition> asReceived = new LinkedHashMap<>();
    final UUID village;
    final UUID field;
    final UUID unit;

    MonthlyListFixtures(Path folder) {
        services = TestServices.open(folder, clock);
        clock.setDate(LocalDate.of(2026, 6, 1));
        services.setup().setUp(TestServices.setupRequest());
        village = services.villages().add("Thôn Đông", VillageKind.THON).id();
        field = services.fields().all().get(0).id();
        unit = services.units().add("Văn phòng UBND xã", HandlingUnitKind.COMMUNE, null).id();
    }

    /** Everything that happened up to 31 October 2026. */
    MonthlyListFixtures untilEndOfOctober() {
        // P14: received and resolved in June: closed long before October, out
        receive("P14", PetitionKind.RECOMMENDATION, "2026-06-01", person("Lý Văn Mười", "001070000014"), false,
                "Đề nghị sửa cống thoát nước", null);
        change("P14", "2026-06-20", StatusChange.to(PetitionStatus.RESOLVED).date(LocalDate.of(2026, 6, 20))
                .result("Đã sửa xong"));
        // P3: received in August, guided only in November: carried over, still "received" at the end of October
        receive("P3", PetitionKind.FEEDBACK, "2026-08-05", person("Vũ Thị Ba", "001070000003"), false,
                "Phản ánh đèn đường hỏng", null);
        // P2: received in September, resolved on 12 October: an earlier petition closed in the month, out
        receive("P2", PetitionKind.COMPLAINT, "2026-09-15", person("Trần Văn Hai", "001070000002"), false,
                "Khiếu nại mức hỗ trợ", null);
        change("P2", "2026-09-20", StatusChange.to(PetitionStatus.ACCEPTED).date(LocalDate.of(2026, 9, 20)).unit(unit));
        change("P2", "2026-10-12", StatusChange.to(PetitionStatus.RESOLVED).date(LocalDate.of(2026, 10, 12))
                .result("Giữ nguyên mức hỗ trợ"));
        // P4: accepted in September; its resolution on 30 October is recorded only on 5 November (see afterOctober)
        receive("P4", PetitionKind.COMPLAINT, "2026-09-01", person("Đỗ Văn Tư", "001070000004"), false,
                "Khiếu nại việc cấp sổ đỏ", null);
        change("P4", "2026-09-05", StatusChange.to(PetitionStatus.ACCEPTED).date(LocalDate.of(2026, 9, 5)).unit(unit));
        // P11: received in September, accepted on 20 October, extended only in November: carried over
        receive("P11", PetitionKind.COMPLAINT, "2026-09-02", person("Phan Văn Mười Một", "001070000011"), false,
                "Khiếu nại quyết định thu hồi đất", null);
        // P1: received in September, never handled: carried over
        receive("P1", PetitionKind.RECOMMENDATION, "2026-09-10", person("Nguyễn Văn Một", "001070000001"), false,
                "Đề nghị làm đường liên thôn", PHONE_NOTE);
        // P12: received in September, accepted only in November: carried over, due date as before the acceptance
        receive("P12", PetitionKind.COMPLAINT, "2026-09-25", person("Bùi Văn Mười Hai", "001070000012"), false,
                "Khiếu nại bồi thường cây trồng", null);
        // October: P5 a denunciation (always masked), P6 confidential, P13 transferred, P7 anonymous, P8 on the 31st
        receive("P5", PetitionKind.DENUNCIATION, "2026-10-03", person(DENOUNCER, DENOUNCER_ID), false,
                "Tố cáo cán bộ địa chính nhận tiền", null);
        receive("P6", PetitionKind.RECOMMENDATION, "2026-10-05", person(CONFIDENTIAL_NAME, "001070000006"), true,
                HYPERLINK, null);
        receive("P13", PetitionKind.FEEDBACK, "2026-10-08", person("Lê Văn Mười Ba", "001070000013"), false,
                SUM_SUMMARY, null);
        change("P13", "2026-10-15", StatusChange.to(PetitionStatus.TRANSFERRED).agency(AGENCY).docNo("15/CV-UBND"));
        receive("P10", PetitionKind.FEEDBACK, "2026-10-10", person("Mai Văn Mười", "001070000010"), false,
                "Bản ghi nhập nhầm", null);
        clock.setDate(LocalDate.of(2026, 10, 11));
        services.petitions().voidPetition(id("P10"), "Nhập nhầm", ADMIN); // voided: never listed
        receive("P7", PetitionKind.RECOMMENDATION, "2026-10-20", null, false, MINUS_SUMMARY, null);
        change("P11", "2026-10-20", StatusChange.to(PetitionStatus.ACCEPTED).date(LocalDate.of(2026, 10, 20))
                .unit(unit));
        receive("P8", PetitionKind.POLICY_QUESTION, "2026-10-31", person("Đinh Văn Tám", "001070000008"), false,
                "Hỏi chế độ người có công", null);
        return this;
    }

    /** What happened in November: none of it may change the October list, except the back-dated resolution of P4. */
    MonthlyListFixtures afterOctober() {
        receive("P9", PetitionKind.RECOMMENDATION, "2026-11-02", person("Hồ Văn Chín", "001070000009"), false,
                "Đề nghị lắp camera", null); // received in November: out
        change("P12", "2026-11-02", StatusChange.to(PetitionStatus.ACCEPTED).date(LocalDate.of(2026, 11, 2))
                .unit(unit));
        change("P3", "2026-11-03", StatusChange.to(PetitionStatus.GUIDED).note("Hướng dẫn gửi Điện lực"));
        change("P4", "2026-11-05", StatusChange.to(PetitionStatus.RESOLVED).date(LocalDate.of(2026, 10, 30))
                .result("Đã cấp giấy chứng nhận"));
        Petition p11 = services.petitions().require(id("P11"));
        change("P11", "2026-11-10", StatusChange.to(PetitionStatus.EXTENDED).date(LocalDate.of(2026, 11, 10))
                .docNo("45/QĐ-UBND").newDueDate(p11.dueDate().plusDays(30)));
        clock.set(vn.danvan.desk.TestServices.NOW);
        return this;
    }

    UUID id(String name) {
        return petitions.get(name).id();
    }

    String code(String name) {
        return petitions.get(name).code();
    }

    List<String> codes(List<String> names) {
        return names.stream().map(this::code).toList();
    }

    Petition current(String name) {
        return services.petitions().require(id(name));
    }

    private void receive(String name, PetitionKind kind, String date, PetitionerRef who, boolean confidential,
                         String summary, String note) {
        LocalDate received = LocalDate.parse(date);
        clock.setDate(received);
        String address = name.equals("P8") ? AT_ADDRESS : null;
        Petition p = services.intake().receive(new PetitionDraft(received, PetitionChannel.RECEPTION, kind,
                kind == PetitionKind.COMPLAINT ? 1 : null, field, village, address, summary, 1, false, who == null,
                confidential, who, List.of(), false, false, false, unit, note, null, null), ADMIN);
        petitions.put(name, p);
        asReceived.put(name, p);
    }

    private void change(String name, String on, StatusChange change) {
        clock.setDate(LocalDate.parse(on));
        Petition current = services.petitions().require(id(name));
        petitions.put(name, services.petitions().change(current.id(), current.rowVersion(), change, ADMIN));
    }

    private PetitionerRef person(String fullName, String idNumber) {
        return PetitionerRef.create(new CitizenDraft(fullName, IdPaperType.CCCD, idNumber, null, village,
                "Xóm Giữa, Thôn Đông"));
    }
}
