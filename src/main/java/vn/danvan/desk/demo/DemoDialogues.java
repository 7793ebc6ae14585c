package vn.danvan.desk.demo;

import static vn.danvan.desk.demo.DemoDialogueVocabulary.CHAIRMAN;
import static vn.danvan.desk.demo.DemoDialogueVocabulary.COUNCIL_DELEGATE;
import static vn.danvan.desk.demo.DemoDialogueVocabulary.FRONT_CHAIRMAN;
import static vn.danvan.desk.demo.DemoDialogueVocabulary.PARTY_SECRETARY;
import static vn.danvan.desk.demo.DemoDialogueVocabulary.VICE_CHAIRMAN;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.danvan.desk.dialogue.Chair;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.petition.PetitionChannel;

/**
 * Plans the dialogue sessions of ten years as a commune holds them — each year one annual conference, 2–4 leader
 * dialogues, two reception days a month for the Party secretary, a few ad-hoc receptions, 2–4 voter contacts and a
 * few complaint dialogues, each with 3–25 opinions — and, as the generated petitions stream by in date order, gives
 * each session the DIALOGUE-channel petitions received on its day as its follow-up opinions (see
 * {@link DemoSession}). Only those petitions get a session; with many petitions most DIALOGUE ones stay without
 * one, as if received before the office logged its sessions. Deterministic for a given seed.
 */
final class DemoDialogues {

    /** The leaders chairing in each five-year term, from the first year of the ten. */
    private record Term(String secretary, String chairman, String viceChairman, String frontChairman,
                        String delegate, String noteTaker) {
    }

    private final Random random;
    private final DemoCatalog catalog;
    private final LocalDate first;
    private final List<DemoSession> planned = new ArrayList<>();
    private final List<Term> terms = new ArrayList<>();
    private int cursor;

    DemoDialogues(long seed, DemoCatalog catalog, LocalDate today) {
        this.random = new Random(seed * 31 + 17);
        this.catalog = catalog;
        this.first = today.minusYears(10);
        for (int t = 0; t < 3; t++) {
            terms.add(new Term(name(), name(), name(), name(), name(), name()));
        }
        for (int year = first.getYear(); year <= today.getYear(); year++) {
            plan(year);
        }
        planned.removeIf(s -> s.planned.isBefore(first) || s.planned.isAfter(today));
        planned.sort(Comparator.comparing((DemoSession s) -> s.planned).thenComparing(s -> s.kind));
    }

    private void plan(int year) {
        add(DialogueKind.ANNUAL_CONFERENCE, day(year, 6, 1, 190), 12, 25);
        for (int i = between(2, 4); i > 0; i--) {
            add(DialogueKind.LEADER_DIALOGUE, day(year, 1, 10, 340), 8, 20);
        }
        for (int month = 1; month <= 12; month++) {
            add(DialogueKind.RECEPTION_PERIODIC, weekday(LocalDate.of(year, month, 8 + random.nextInt(5))), 3, 8);
            add(DialogueKind.RECEPTION_PERIODIC, weekday(LocalDate.of(year, month, 22 + random.nextInt(5))), 3, 8);
        }
        for (int i = between(1, 3); i > 0; i--) {
            add(DialogueKind.RECEPTION_AD_HOC, weekday(day(year, 1, 5, 350)), 3, 6);
        }
        int voterContacts = between(2, 4);
        for (int i = 0; i < voterContacts; i++) {
            // before the council's mid-year and year-end sessions
            add(DialogueKind.VOTER_CONTACT, i % 2 == 0 ? day(year, 5, 20, 40) : day(year, 11, 10, 35), 8, 20);
        }
        for (int i = between(1, 4); i > 0; i--) {
            add(DialogueKind.COMPLAINT_DIALOGUE, weekday(day(year, 1, 15, 330)), 3, 5);
        }
    }

    private void add(DialogueKind kind, LocalDate day, int fewest, int most) {
        int opinions = between(fewest, most);
        int followUps = Math.max(1, Math.round(opinions * (0.4f + random.nextFloat() * 0.35f)));
        planned.add(new DemoSession(kind, day, opinions, followUps));
    }

    /** Offers a chunk of generated petitions, in date order: DIALOGUE ones may become a session's opinions. */
    void offer(List<DemoRecords.Petition> petitions) {
        for (DemoRecords.Petition p : petitions) {
            if (p.channel() != PetitionChannel.DIALOGUE) {
                continue;
            }
            LocalDate day = p.received();
            while (cursor < planned.size() && planned.get(cursor).closedOn(day)) {
                cursor++;
            }
            for (int i = cursor; i < planned.size() && !planned.get(i).planned.isAfter(day); i++) {
                if (planned.get(i).offer(p, day)) {
                    break;
                }
            }
        }
    }

    /** The sessions as held, by date. */
    List<DemoSession> sessions() {
        List<DemoSession> held = new ArrayList<>(planned);
        held.sort(Comparator.comparing(DemoSession::heldOn).thenComparing(s -> s.kind));
        return held;
    }

    /** The petitioners whose names the follow-up opinions show (none for anonymous or confidential petitions). */
    Set<UUID> speakers() {
        return planned.stream().flatMap(s -> s.followUps.stream()).filter(DemoDialogues::speakerShown)
                .map(DemoRecords.Petition::petitionerId).collect(Collectors.toSet());
    }

    static boolean speakerShown(DemoRecords.Petition p) {
        return p.petitionerId() != null && !p.confidential() && !p.anonymous();
    }

    Term term(LocalDate day) {
        return terms.get((int) Math.min(2, ChronoUnit.YEARS.between(first, day) / 5));
    }

    /** The chairs of a session, by its kind and the term it falls in: name and title. */
    List<Chair> chairs(DemoSession s) {
        Term t = term(s.heldOn());
        return switch (s.kind) {
            case ANNUAL_CONFERENCE -> List.of(new Chair(t.chairman(), CHAIRMAN),
                    new Chair(t.frontChairman(), FRONT_CHAIRMAN));
            case LEADER_DIALOGUE -> List.of(s.opinions % 2 == 0 ? new Chair(t.secretary(), PARTY_SECRETARY)
                    : new Chair(t.chairman(), CHAIRMAN));
            case RECEPTION_PERIODIC -> List.of(new Chair(t.secretary(), PARTY_SECRETARY));
            case RECEPTION_AD_HOC -> List.of(new Chair(t.chairman(), CHAIRMAN));
            case VOTER_CONTACT -> List.of(new Chair(t.frontChairman(), FRONT_CHAIRMAN),
                    new Chair(t.delegate(), COUNCIL_DELEGATE));
            case COMPLAINT_DIALOGUE -> List.of(new Chair(t.viceChairman(), VICE_CHAIRMAN));
        };
    }

    String noteTaker(DemoSession s) {
        return term(s.heldOn()).noteTaker();
    }

    Random random() {
        return random;
    }

    DemoCatalog catalog() {
        return catalog;
    }

    private String name() {
        return DemoVocabulary.personName(random);
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A day of {@code year} from month/day plus up to {@code spread} days. */
    private LocalDate day(int year, int month, int dayOfMonth, int spread) {
        return LocalDate.of(year, month, dayOfMonth).plusDays(random.nextInt(spread));
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }
}
