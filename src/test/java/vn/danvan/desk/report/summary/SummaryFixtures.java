package vn.danvan.desk.report.summary;

import static vn.danvan.desk.common.db.generated.Tables.PETITION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
import vn.danvan.desk.dialogue.Chair;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.OpinionDraft;
import vn.danvan.desk.dialogue.OpinionOutcome;
import vn.danvan.desk.dialogue.SessionDetail;
import vn.danvan.desk.dialogue.SessionDraft;
import vn.danvan.desk.petition.Competence;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.petition.ResolutionGroup;
import vn.danvan.desk.petition.StatusChange;
import vn.danvan.desk.security.Actor;

/**
 * A known story told from March to November 2026 on a real database (the clock moved to each event's day), for the
 * summary of the third quarter of 2026 (01/07 – 30/09). Each petition carries what the test's author expects of it at
 * the end of 30/09, reasoned by hand from the story ({@link Expected}); the tests count those expectations with plain
 * streams and compare every figure of the report with them.
 */
final class SummaryFixtures {

    static final ReportPeriod Q3 = new ReportPeriod(PeriodKind.QUARTER, 2026, 3);
    static final Actor ADMIN = new Actor(null, "admin", true);

    /** Whether a petition belongs to the period, and how. */
    enum In { OUT, CARRIED, RECEIVED }

    /** What the author expects of a petition at the end of 30/09/2026 (null village: none; null field: none). */
    record Expected(String name, PetitionKind kind, PetitionChannel channel, String field, String village,
                    boolean multipleSigners, In in, ResolutionGroup group, HandlingDirection direction,
                    Competence competence, boolean overdue) {
    }

    final MutableClock clock = new MutableClock(TestServices.NOW);
    final AppServices services;
    final Map<String, UUID> ids = new LinkedHashMap<>();
    final List<Expected> expected = new ArrayList<>();
    /** Field and village ids by the short names the expectations use. */
    final Map<String, UUID> fields = new LinkedHashMap<>();
    final Map<String, UUID> villages = new LinkedHashMap<>();
    final UUID unit;
    /** Every session saved, by id, and the one voided later. */
    final Map<UUID, SessionDraft> sessions = new LinkedHashMap<>();
    UUID voidedSession;

    SummaryFixtures(Path folder) {
        services = TestServices.open(folder, clock);
        clock.setDate(LocalDate.of(2026, 3, 1));
        services.setup().setUp(TestServices.setupRequest());
        var all = services.fields().all();
        fields.put("land", all.get(0).id());
        fields.put("environment", all.get(3).id());
        fields.put("traffic", all.get(7).id());
        fields.put("security", all.get(9).id());
        villages.put("V1", services.villages().add("Thôn Đông", VillageKind.THON).id());
        villages.put("V2", services.villages().add("Tổ dân phố 2", VillageKind.TO_DAN_PHO).id());
        villages.put("V3", services.villages().add("Thôn Bắc", VillageKind.THON).id());
        unit = services.units().add("Văn phòng UBND xã", HandlingUnitKind.COMMUNE, null).id();
    }

    /** The whole story, in the order it happened. */
    SummaryFixtures story() {
        // A1: received and resolved before the quarter: out
        receive("A1", PetitionKind.RECOMMENDATION, PetitionChannel.RECEPTION, "land", "V1", "2026-03-10", 1, false,
                false);
        change("A1", "2026-05-01", StatusChange.to(PetitionStatus.RESOLVED).date(day("2026-05-01")).result("Xong"));
        expect("A1", In.OUT, null, null, null, false);
        // C5: resolved on 30/06, the day before the quarter: out
        receive("C5", PetitionKind.POLICY_QUESTION, PetitionChannel.POST, "land", "V3", "2026-04-01", 1, false, false);
        // C1: accepted on 01/06, still being settled; its 30 days ran out on 01/07: carried over, overdue
        receive("C1", PetitionKind.COMPLAINT, PetitionChannel.RECEPTION, "land", "V1", "2026-05-10", 1, false, false);
        change("C1", "2026-06-01", StatusChange.to(PetitionStatus.ACCEPTED).date(day("2026-06-01")).unit(unit));
        expect("C1", In.CARRIED, ResolutionGroup.IN_PROGRESS, HandlingDirection.ACCEPT, Competence.WITHIN, true);
        // C2: guided on 10/08: carried over and closed in the quarter
        receive("C2", PetitionKind.FEEDBACK, PetitionChannel.POST, "environment", "V2", "2026-06-20", 1, false, false);
        // C3: answered with a resolution dated 20/09 but entered only on 02/10: resolved at the end of the quarter
        receive("C3", PetitionKind.RECOMMENDATION, PetitionChannel.ONLINE, "land", null, "2026-06-25", 1, false, false);
        // C4: a denunciation guided only on 10/10: still received at the end of the quarter, overdue
        receive("C4", PetitionKind.DENUNCIATION, PetitionChannel.LEADER_ASSIGNED, "security", "V1", "2026-06-28", 1,
                false, false);
        change("C5", "2026-06-30", StatusChange.to(PetitionStatus.RESOLVED).date(day("2026-06-30")).result("Đã trả lời"));
        expect("C5", In.OUT, null, null, null, false);
        session("2026-06-30", DialogueKind.VOTER_CONTACT, 25, 1, 0, null); // before the quarter: not counted
        // C6: a group of twelve transferred in, accepted, then suspended: in progress, its clock stopped (not overdue)
        receive("C6", PetitionKind.COMPLAINT, PetitionChannel.TRANSFERRED_IN, "land", "V2", "2026-06-30", 12, true,
                false);
        expect("C6", In.CARRIED, ResolutionGroup.IN_PROGRESS, HandlingDirection.ACCEPT, Competence.WITHIN, false);
        // R1: anonymous, received on the quarter's first day and never handled: overdue
        receive("R1", PetitionKind.RECOMMENDATION, PetitionChannel.RECEPTION, "environment", "V1", "2026-07-01", 1,
                false, true);
        expect("R1", In.RECEIVED, ResolutionGroup.NOT_RESOLVED, null, null, true);
        change("C6", "2026-07-05", StatusChange.to(PetitionStatus.ACCEPTED).date(day("2026-07-05")).unit(unit));
        // R8: withdrawn before any decision
        receive("R8", PetitionKind.RECOMMENDATION, PetitionChannel.RECEPTION, "land", "V1", "2026-07-10", 1, false,
                false);
        change("R8", "2026-07-12", StatusChange.to(PetitionStatus.WITHDRAWN).note("Công dân rút đơn"));
        expect("R8", In.RECEIVED, ResolutionGroup.RESOLVED, null, null, false);
        // R2: accepted and resolved in the quarter (the result communicated in November changes nothing)
        receive("R2", PetitionKind.COMPLAINT, PetitionChannel.POST, "land", "V1", "2026-07-15", 1, false, false);
        change("R2", "2026-07-20", StatusChange.to(PetitionStatus.ACCEPTED).date(day("2026-07-20")).unit(unit));
        expect("R2", In.RECEIVED, ResolutionGroup.RESOLVED, HandlingDirection.ACCEPT, Competence.WITHIN, false);
        change("C6", "2026-08-01", StatusChange.to(PetitionStatus.SUSPENDED).date(day("2026-08-01"))
                .note("Chờ kết quả đo đạc"));
        // R11: accepted on 03/08 (due early September), extended only on 05/11: overdue at the end of the quarter
        receive("R11", PetitionKind.COMPLAINT, PetitionChannel.RECEPTION, "land", "V3", "2026-08-01", 1, false, false);
        expect("R11", In.RECEIVED, ResolutionGroup.IN_PROGRESS, HandlingDirection.ACCEPT, Competence.WITHIN, true);
        // A3: voided: never counted
        receive("A3", PetitionKind.FEEDBACK, PetitionChannel.RECEPTION, "land", "V1", "2026-08-01", 1, false, false);
        clock.setDate(day("2026-08-02"));
        services.petitions().voidPetition(ids.get("A3"), "Nhập nhầm", ADMIN);
        expect("A3", In.OUT, null, null, null, false);
        change("R11", "2026-08-03", StatusChange.to(PetitionStatus.ACCEPTED).date(day("2026-08-03")).unit(unit));
        // R3: transferred the next day
        receive("R3", PetitionKind.FEEDBACK, PetitionChannel.PRESS, "traffic", "V2", "2026-08-05", 1, false, false);
        change("R3", "2026-08-06", StatusChange.to(PetitionStatus.TRANSFERRED).agency("Công an huyện")
                .docNo("12/CV-UBND"));
        expect("R3", In.RECEIVED, ResolutionGroup.RESOLVED, HandlingDirection.TRANSFER, Competence.OUTSIDE, false);
        change("C2", "2026-08-10", StatusChange.to(PetitionStatus.GUIDED).note("Hướng dẫn gửi Điện lực"));
        expect("C2", In.CARRIED, ResolutionGroup.RESOLVED, HandlingDirection.GUIDE, Competence.OUTSIDE, false);
        // R7: never handled; its field is removed below, as an imported record may have none: overdue
        receive("R7", PetitionKind.RECOMMENDATION, PetitionChannel.LEADER_ASSIGNED, "environment", "V3", "2026-08-15",
                1, false, false);
        expect("R7", In.RECEIVED, ResolutionGroup.NOT_RESOLVED, null, null, true);
        // a session voided later: not counted
        voidedSession = session("2026-08-20", DialogueKind.LEADER_DIALOGUE, 30, 2, 0, null);
        // R4: three signers (not a group), filed
        receive("R4", PetitionKind.RECOMMENDATION, PetitionChannel.OTHER, "environment", "V2", "2026-08-20", 3, false,
                false);
        change("R4", "2026-08-25", StatusChange.to(PetitionStatus.FILED).note("Trùng nội dung đã trả lời"));
        expect("R4", In.RECEIVED, ResolutionGroup.RESOLVED, HandlingDirection.FILE, Competence.OUTSIDE, false);
        // R9: being sorted at the end of the quarter: not yet resolved, overdue
        receive("R9", PetitionKind.FEEDBACK, PetitionChannel.RECEPTION, "environment", "V1", "2026-08-28", 1, false,
                false);
        change("R9", "2026-08-29", StatusChange.to(PetitionStatus.SORTING).unit(unit));
        expect("R9", In.RECEIVED, ResolutionGroup.NOT_RESOLVED, null, null, true);
        // R5: accepted only on 03/10: received at the end of the quarter, its intake deadline (15/09) passed
        receive("R5", PetitionKind.COMPLAINT, PetitionChannel.ONLINE, "land", "V1", "2026-09-05", 1, false, false);
        expect("R5", In.RECEIVED, ResolutionGroup.NOT_RESOLVED, null, null, true);
        change("R2", "2026-09-10", StatusChange.to(PetitionStatus.RESOLVED).date(day("2026-09-10"))
                .result("Chấp nhận một phần"));
        // a periodic reception day: one opinion answered, one followed up as petition R12 (due 25/09: overdue)
        session("2026-09-15", DialogueKind.RECEPTION_PERIODIC, 7, 1, 1, "R12");
        expect("R12", PetitionKind.RECOMMENDATION, PetitionChannel.DIALOGUE, "land", "V1", false, In.RECEIVED,
                ResolutionGroup.NOT_RESOLVED, null, null, true);
        receive("R10", PetitionKind.RECOMMENDATION, PetitionChannel.RECEPTION, "land", "V2", "2026-09-28", 1, false,
                false);
        expect("R10", In.RECEIVED, ResolutionGroup.NOT_RESOLVED, null, null, false);
        // the annual conference on the quarter's last day: two answered, one policy question followed up as R6
        session("2026-09-30", DialogueKind.ANNUAL_CONFERENCE, 40, 2, 1, "R6");
        expect("R6", PetitionKind.POLICY_QUESTION, PetitionChannel.DIALOGUE, "land", "V1", false, In.RECEIVED,
                ResolutionGroup.NOT_RESOLVED, null, null, false);
        // after the quarter: none of this may change its figures, except the back-dated resolution of C3
        change("C3", "2026-10-02", StatusChange.to(PetitionStatus.RESOLVED).date(day("2026-09-20"))
                .result("Đã trả lời công dân"));
        expect("C3", In.CARRIED, ResolutionGroup.RESOLVED, HandlingDirection.ANSWER_NOW, Competence.WITHIN, false);
        change("R5", "2026-10-03", StatusChange.to(PetitionStatus.ACCEPTED).date(day("2026-10-03")).unit(unit));
        receive("A2", PetitionKind.FEEDBACK, PetitionChannel.RECEPTION, "land", "V1", "2026-10-05", 1, false, false);
        expect("A2", In.OUT, null, null, null, false);
        change("C4", "2026-10-10", StatusChange.to(PetitionStatus.GUIDED).note("Hướng dẫn gửi Thanh tra huyện"));
        expect("C4", In.CARRIED, ResolutionGroup.NOT_RESOLVED, null, null, true);
        Petition r11 = services.petitions().require(ids.get("R11"));
        change("R11", "2026-11-05", StatusChange.to(PetitionStatus.EXTENDED).date(day("2026-11-05"))
                .docNo("45/QĐ-UBND").newDueDate(day("2026-12-20")));
        if (!r11.dueDate().isBefore(day("2026-09-30"))) {
            throw new IllegalStateException("R11 was meant to be due before the end of the quarter: " + r11.dueDate());
        }
        change("R2", "2026-11-10", StatusChange.to(PetitionStatus.COMMUNICATED).date(day("2026-11-10")));
        clock.setDate(day("2026-11-12"));
        services.dialogues().voidSession(voidedSession, "Nhập nhầm buổi", ADMIN);
        services.database().dsl().update(PETITION).setNull(PETITION.FIELD_ID).where(PETITION.ID.eq(ids.get("R7")))
                .execute();
        clock.set(TestServices.NOW);
        return this;
    }

    /** The expected petitions of the quarter. */
    List<Expected> counted() {
        return expected.stream().filter(e -> e.in() != In.OUT).toList();
    }

    private final Map<String, Object[]> received = new LinkedHashMap<>();

    private void receive(String name, PetitionKind kind, PetitionChannel channel, String field, String village,
                         String date, int people, boolean group, boolean anonymous) {
        LocalDate on = day(date);
        clock.setDate(on);
        PetitionerRef who = anonymous ? null : PetitionerRef.create(new CitizenDraft("Công dân " + name,
                IdPaperType.CCCD, String.format("0010700%05d", ids.size() + 1), null, villages.get(village), null));
        List<PetitionerRef> representatives = group ? List.of(PetitionerRef.create(new CitizenDraft(
                "Đại diện " + name, IdPaperType.CCCD, String.format("0020700%05d", ids.size() + 1), null,
                villages.get(village), null))) : List.of();
        Petition p = services.intake().receive(new PetitionDraft(on, channel, kind,
                kind == PetitionKind.COMPLAINT ? 1 : null, fields.get(field), villages.get(village), null,
                "Nội dung đơn " + name, people, group, anonymous, false, who, representatives, false, false, false,
                null, null, null, null), ADMIN);
        ids.put(name, p.id());
        received.put(name, new Object[] {kind, channel, field, village, people > 1 || group});
    }

    private void expect(String name, In in, ResolutionGroup group, HandlingDirection direction, Competence competence,
                        boolean overdue) {
        Object[] r = received.get(name);
        String field = name.equals("R7") ? null : (String) r[2];
        expect(name, (PetitionKind) r[0], (PetitionChannel) r[1], field, (String) r[3], (Boolean) r[4], in, group,
                direction, competence, overdue);
    }

    private void expect(String name, PetitionKind kind, PetitionChannel channel, String field, String village,
                        boolean multiple, In in, ResolutionGroup group, HandlingDirection direction,
                        Competence competence, boolean overdue) {
        expected.add(new Expected(name, kind, channel, field, village, multiple, in, group, direction, competence,
                overdue));
    }

    private void change(String name, String on, StatusChange change) {
        clock.setDate(day(on));
        Petition current = services.petitions().require(ids.get(name));
        services.petitions().change(current.id(), current.rowVersion(), change, ADMIN);
    }

    /** A session with {@code answered} opinions answered and {@code followUps} followed up (the first named). */
    private UUID session(String date, DialogueKind kind, int citizens, int answered, int followUps,
                         String petitionName) {
        LocalDate on = day(date);
        clock.setDate(on);
        List<OpinionDraft> opinions = new ArrayList<>();
        for (int i = 0; i < answered; i++) {
            opinions.add(OpinionDraft.answered("Người hỏi " + i, villages.get("V1"), fields.get("land"),
                    "Hỏi về chính sách " + i, "Chủ tịch UBND xã", "Đã giải thích"));
        }
        for (int i = 0; i < followUps; i++) {
            OpinionDraft follow = OpinionDraft.followUp("Người kiến nghị " + i, villages.get("V1"),
                    fields.get("land"), "Kiến nghị làm rõ " + i);
            if (kind == DialogueKind.ANNUAL_CONFERENCE) {
                follow = new OpinionDraft(null, null, follow.speakerName(), follow.villageId(), follow.fieldId(),
                        follow.content(), OpinionOutcome.FOLLOW_UP, null, null, PetitionKind.POLICY_QUESTION, null,
                        null);
            }
            opinions.add(follow);
        }
        SessionDraft draft = new SessionDraft(null, 0, kind, on, LocalTime.of(8, 0), LocalTime.of(10, 0),
                "Hội trường UBND xã", List.of(villages.get("V1")), List.of(new Chair("Nguyễn Văn An", "Bí thư")),
                null, citizens, 5, "Đất đai", null, null, null, null, "Lê Văn Cường", opinions, List.of());
        SessionDetail saved = services.dialogues().save(draft, ADMIN);
        if (petitionName != null) {
            ids.put(petitionName, saved.petitions().get(0).petitionId());
        }
        sessions.put(saved.id(), draft);
        return saved.id();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
