package vn.danvan.desk.demo;

import static vn.danvan.desk.demo.DemoVocabulary.pick;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.danvan.desk.common.db.TimeOrderedIds;
import vn.danvan.desk.dialogue.Chair;
import vn.danvan.desk.dialogue.OpinionOutcome;
import vn.danvan.desk.petition.OfficeClock;

/**
 * Turns the planned sessions of {@link DemoDialogues} into rows: codes {@code DT-<year>-<n>} in date order
 * continuing the office's numbers, times, place, bodies and head-counts by kind, chairs of the term, villages, and
 * the opinions — the follow-up ones from the petitions they became, the others answered on the spot.
 */
final class DemoDialogueRows {

    static final String CODE_PREFIX = "DT";

    private final DemoDialogues plan;
    private final Random random;
    private final TimeOrderedIds ids;
    private final Map<UUID, String> speakerNames;
    private final Map<Integer, Integer> lastCode;

    /** {@code lastCode}: the last session number already used per year; raised as codes are given. */
    DemoDialogueRows(DemoDialogues plan, long seed, Map<UUID, String> speakerNames, Map<Integer, Integer> lastCode) {
        this.plan = plan;
        this.random = plan.random();
        this.ids = new TimeOrderedIds(new Random(seed + 2));
        this.speakerNames = speakerNames;
        this.lastCode = new HashMap<>(lastCode);
    }

    /** The last session number used per year, once {@link #compose()} ran. */
    Map<Integer, Integer> lastCodes() {
        return Map.copyOf(lastCode);
    }

    DemoDialogueRecords compose() {
        DemoDialogueRecords rows = new DemoDialogueRecords();
        for (DemoSession s : plan.sessions()) {
            session(s, rows);
        }
        return rows;
    }

    private void session(DemoSession s, DemoDialogueRecords rows) {
        DemoCatalog catalog = plan.catalog();
        s.hostVillage = catalog.villages().get(random.nextInt(catalog.villages().size()));
        times(s);
        Instant at = s.heldOn().atTime(s.end).atZone(OfficeClock.ZONE).toInstant();
        s.id = ids.at(at);
        int year = s.heldOn().getYear();
        s.code = String.format("%s-%d-%03d", CODE_PREFIX, year, lastCode.merge(year, 1, Integer::sum));
        List<UUID> villages = villages(s);
        int citizens = switch (s.kind) {
            case ANNUAL_CONFERENCE -> 80 + random.nextInt(121);
            case LEADER_DIALOGUE -> 30 + random.nextInt(51);
            case VOTER_CONTACT -> 40 + random.nextInt(81);
            default -> s.opinions + random.nextInt(6);
        };
        int officials = switch (s.kind) {
            case ANNUAL_CONFERENCE -> 15 + random.nextInt(16);
            case LEADER_DIALOGUE, VOTER_CONTACT, COMPLAINT_DIALOGUE -> 4 + random.nextInt(8);
            default -> 2 + random.nextInt(3);
        };
        rows.sessions.add(new DemoDialogueRecords.Session(s.id, s.code, s.kind, s.heldOn(), s.start, s.end,
                place(s), bodies(s), citizens, officials, topics(s), conclusions(s), plan.noteTaker(s), at));
        List<Chair> chairs = plan.chairs(s);
        for (int i = 0; i < chairs.size(); i++) {
            rows.chairs.add(new DemoDialogueRecords.Chair(ids.at(at), s.id, i + 1, chairs.get(i).name(),
                    chairs.get(i).title()));
        }
        villages.forEach(v -> rows.villages.add(new DemoDialogueRecords.SessionVillage(s.id, v)));
        opinions(s, villages, chairs, at, rows);
    }

    private void opinions(DemoSession s, List<UUID> villages, List<Chair> chairs, Instant at,
                          DemoDialogueRecords rows) {
        List<DemoDialogueRecords.Opinion> opinions = new ArrayList<>();
        for (DemoRecords.Petition p : s.followUps) {
            boolean shown = DemoDialogues.speakerShown(p);
            opinions.add(new DemoDialogueRecords.Opinion(null, s.id, 0, shown ? p.petitionerId() : null,
                    shown ? speakerNames.get(p.petitionerId()) : null, p.villageId(), p.fieldId(), p.summary(),
                    OpinionOutcome.FOLLOW_UP, null, null, p.id(), at));
        }
        DemoCatalog catalog = plan.catalog();
        for (int i = s.followUps.size(); i < s.opinions; i++) {
            UUID village = villages.get(random.nextInt(villages.size()));
            int field = field(catalog.fields().size());
            Chair answering = chairs.get(random.nextInt(chairs.size()));
            opinions.add(new DemoDialogueRecords.Opinion(null, s.id, 0, null, DemoVocabulary.personName(random),
                    village, catalog.fields().get(field), question(field, catalog.villageName(village)),
                    OpinionOutcome.ANSWERED, answering.title(), pick(DemoDialogueVocabulary.ANSWERS, random), null, at));
        }
        Collections.shuffle(opinions, random);
        for (int i = 0; i < opinions.size(); i++) {
            DemoDialogueRecords.Opinion o = opinions.get(i);
            rows.opinions.add(new DemoDialogueRecords.Opinion(ids.at(at), o.sessionId(), i + 1, o.speakerId(),
                    o.speakerName(), o.villageId(), o.fieldId(), o.content(), o.outcome(), o.answeredBy(),
                    o.answer(), o.petitionId(), at));
        }
    }

    /** The villages concerned: every one for the annual conference, else the host and the speakers' villages. */
    private List<UUID> villages(DemoSession s) {
        if (s.kind == vn.danvan.desk.dialogue.DialogueKind.ANNUAL_CONFERENCE) {
            return plan.catalog().villages();
        }
        Set<UUID> villages = new LinkedHashSet<>();
        villages.add(s.hostVillage);
        s.followUps.stream().map(DemoRecords.Petition::villageId).filter(v -> v != null).forEach(villages::add);
        return List.copyOf(villages);
    }

    private void times(DemoSession s) {
        s.start = switch (s.kind) {
            case ANNUAL_CONFERENCE, RECEPTION_PERIODIC, RECEPTION_AD_HOC ->
                    LocalTime.of(7, 30).plusMinutes(15L * random.nextInt(3));
            case VOTER_CONTACT -> LocalTime.of(19, 30);
            default -> LocalTime.of(14, 0);
        };
        s.end = s.start.plusMinutes(90 + 30L * random.nextInt(5));
    }

    private String place(DemoSession s) {
        return switch (s.kind) {
            case ANNUAL_CONFERENCE -> DemoDialogueVocabulary.HALL;
            case RECEPTION_PERIODIC, RECEPTION_AD_HOC -> DemoDialogueVocabulary.RECEPTION_ROOM;
            case COMPLAINT_DIALOGUE -> DemoDialogueVocabulary.MEETING_ROOM;
            default -> DemoDialogueVocabulary.CULTURAL_HOUSE + plan.catalog().villageName(s.hostVillage);
        };
    }

    private static String bodies(DemoSession s) {
        return switch (s.kind) {
            case ANNUAL_CONFERENCE -> DemoDialogueVocabulary.BODIES_CONFERENCE;
            case LEADER_DIALOGUE -> DemoDialogueVocabulary.BODIES_VILLAGE;
            case VOTER_CONTACT -> DemoDialogueVocabulary.BODIES_VOTERS;
            case COMPLAINT_DIALOGUE -> DemoDialogueVocabulary.BODIES_COMPLAINT;
            default -> null;
        };
    }

    private static String topics(DemoSession s) {
        return switch (s.kind) {
            case ANNUAL_CONFERENCE, LEADER_DIALOGUE -> DemoDialogueVocabulary.TOPICS_CONFERENCE;
            case VOTER_CONTACT -> DemoDialogueVocabulary.TOPICS_VOTERS;
            case COMPLAINT_DIALOGUE -> DemoDialogueVocabulary.TOPICS_COMPLAINT;
            default -> null;
        };
    }

    private static String conclusions(DemoSession s) {
        return s.kind.receptionDay() ? null : DemoDialogueVocabulary.CONCLUSIONS;
    }

    private String question(int field, String village) {
        List<String> options = DemoVocabulary.SUMMARIES.get(Math.min(field, DemoVocabulary.SUMMARIES.size() - 1));
        return MessageFormat.format(pick(options, random).replace("'", "''"), village,
                String.valueOf(1 + random.nextInt(900)));
    }

    /** Land matters dominate, as in the petitions. */
    private int field(int count) {
        int roll = random.nextInt(100);
        return roll < 30 ? 0 : roll < 40 ? Math.min(1, count - 1) : random.nextInt(count);
    }
}
