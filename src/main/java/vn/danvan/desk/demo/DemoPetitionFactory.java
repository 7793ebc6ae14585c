package vn.danvan.desk.demo;

import static vn.danvan.desk.demo.DemoVocabulary.pick;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.danvan.desk.common.db.TimeOrderedIds;
import vn.danvan.desk.petition.Competence;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionState;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.Satisfaction;
import vn.danvan.desk.petition.deadline.PetitionDeadlines;
import vn.danvan.desk.petition.search.SearchDocument;
import vn.danvan.desk.petition.search.SearchIndexBuilder;

/**
 * Composes one realistic petition at a time: ten years of dates in order, the kind, channel and field mix of a
 * commune office, petitioners who come back (repeats), groups with representatives, and a status that fits the
 * petition's age (old ones closed, recent ones open, some overdue). Deterministic for a given seed.
 */
final class DemoPetitionFactory {

    private static final int RECENT_PETITIONERS = 2_000;

    private final Random random;
    private final DemoCatalog catalog;
    private final PetitionDeadlines deadlines;
    private final LocalDate today;
    private final LocalDate first;
    private final long span;
    private final Map<String, Integer> sequences = new HashMap<>();
    private final DemoRecords.Citizen[] recent = new DemoRecords.Citizen[RECENT_PETITIONERS];
    private final UUID[] recentPetition = new UUID[RECENT_PETITIONERS];
    private final LocalDate[] recentDate = new LocalDate[RECENT_PETITIONERS];
    private final Map<String, Integer> startingSequences;
    private final TimeOrderedIds ids;
    private final long firstDoc;
    private final SearchIndexBuilder searchIndex = new SearchIndexBuilder();
    private Instant created;

    DemoPetitionFactory(long seed, DemoCatalog catalog, PetitionDeadlines deadlines, LocalDate today,
                        Map<String, Integer> startingSequences, long firstDoc) {
        this.random = new Random(seed);
        this.ids = new TimeOrderedIds(new Random(seed + 1));
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.today = today;
        this.first = today.minusYears(10);
        this.span = ChronoUnit.DAYS.between(first, today);
        this.startingSequences = startingSequences;
        this.firstDoc = firstDoc;
    }

    /** The postings of every petition composed so far (read once the last chunk is taken). */
    SearchIndexBuilder searchIndex() {
        return searchIndex;
    }

    Map<String, Integer> sequences() {
        return Map.copyOf(sequences);
    }

    /** Adds the {@code index}-th of {@code total} petitions, and what comes with it, to {@code chunk}. */
    void add(long index, long total, DemoChunk chunk) {
        LocalDate received = first.plusDays(span * index / Math.max(1, total - 1));
        Instant at = received.atTime(LocalTime.of(7, 30).plusMinutes(random.nextInt(540)))
                .atZone(OfficeClock.ZONE).toInstant();
        created = at;
        PetitionKind kind = kind();
        PetitionChannel channel = channel();
        int fieldIndex = field();
        UUID villageId = catalog.villages().get(random.nextInt(catalog.villages().size()));
        String village = catalog.villageName(villageId);
        boolean anonymous = (kind == PetitionKind.DENUNCIATION || kind == PetitionKind.FEEDBACK)
                && random.nextInt(20) == 0;
        UUID id = ids.at(at);
        int slot = random.nextInt(RECENT_PETITIONERS);
        DemoRecords.Citizen petitioner = null;
        UUID repeatOf = null;
        if (!anonymous) {
            if (recent[slot] != null && random.nextInt(5) < 2) {
                petitioner = recent[slot];
                if (ChronoUnit.DAYS.between(recentDate[slot], received) <= 365 && random.nextBoolean()) {
                    repeatOf = recentPetition[slot];
                }
            } else {
                petitioner = citizen(villageId, village, at);
                chunk.citizens.add(petitioner);
            }
            recent[slot] = petitioner;
            recentPetition[slot] = id;
            recentDate[slot] = received;
        }
        boolean group = !anonymous && random.nextInt(33) == 0;
        int people = group ? 5 + random.nextInt(36) : random.nextInt(12) == 0 ? 2 + random.nextInt(3) : 1;
        if (group) {
            int reps = 1 + random.nextInt(3);
            for (int r = 1; r <= reps; r++) {
                DemoRecords.Citizen rep = citizen(villageId, village, at);
                chunk.citizens.add(rep);
                chunk.representatives.add(new DemoRecords.Representative(id, r, rep.id()));
            }
        }
        boolean confidential = kind.alwaysConfidential() || random.nextInt(100) == 0;
        boolean complex = (kind == PetitionKind.COMPLAINT || kind == PetitionKind.DENUNCIATION)
                && random.nextInt(20) == 0;
        boolean remote = random.nextInt(33) == 0;
        Integer round = kind == PetitionKind.COMPLAINT ? (random.nextInt(6) == 0 ? 2 : 1) : null;
        String code = code(kind, received.getYear());
        String summary = summary(fieldIndex, village);
        String address = petitioner == null ? null : petitioner.address();
        PetitionState state = state(kind, round, complex, remote, received, chunk, id, at);
        SearchDocument search = SearchDocument.of(code, summary, confidential,
                petitioner == null ? null : petitioner.name(), petitioner == null ? null : petitioner.idNumber(),
                petitioner == null ? null : petitioner.phone(), address);
        long docNo = firstDoc + index;
        searchIndex.add(docNo, search);
        chunk.petitions.add(new DemoRecords.Petition(id, code, received, channel, kind, round,
                catalog.fields().get(fieldIndex), summary, people, group, anonymous, confidential,
                petitioner == null ? null : petitioner.id(), villageId, address, repeatOf == null ? 1 : 2, state,
                complex, random.nextInt(100) == 0, remote, docNo, search, at));
        if (repeatOf != null) {
            chunk.links.add(new DemoRecords.Link(id, repeatOf, at));
        }
    }

    private PetitionState state(PetitionKind kind, Integer round, boolean complex, boolean remote,
                                LocalDate received, DemoChunk chunk, UUID id, Instant at) {
        long age = ChronoUnit.DAYS.between(received, today);
        chunk.events.add(new DemoRecords.Event(ids.at(at), id, at, PetitionEventType.CREATED, null,
                PetitionStatus.RECEIVED));
        LocalDate intakeDue = deadlines.intakeDue(kind, received).orElse(null);
        int roll = random.nextInt(100);
        boolean closed = age > 120 ? roll < 97 : age > 30 ? roll < 60 : roll < 15;
        if (!closed && (age <= 30 && roll < 55 || age > 30 && roll < 70)) {
            PetitionStatus early = roll % 2 == 0 ? PetitionStatus.RECEIVED : PetitionStatus.SORTING;
            return new PetitionState(early, null, null, null, null, null, catalog.unit(random), null, intakeDue,
                    null, null, null, null, null, null, null);
        }
        UUID unit = catalog.unit(random);
        LocalDate accepted = min(received.plusDays(2 + random.nextInt(8)), today);
        LocalDate due = deadlines.settleDue(kind, round, complex, remote, accepted).orElse(intakeDue);
        if (!closed) {
            PetitionStatus open = switch (random.nextInt(10)) {
                case 0 -> PetitionStatus.EXTENDED;
                case 1 -> PetitionStatus.SUSPENDED;
                case 2, 3 -> PetitionStatus.ACCEPTED;
                default -> PetitionStatus.IN_PROGRESS;
            };
            LocalDate suspended = open == PetitionStatus.SUSPENDED ? min(accepted.plusDays(5), today) : null;
            event(chunk, id, accepted, PetitionStatus.RECEIVED, PetitionStatus.ACCEPTED);
            return new PetitionState(open, suspended == null ? null : "Chờ kết quả giám định", Competence.WITHIN,
                    HandlingDirection.ACCEPT, null, null, unit, accepted, due, suspended, null, null, null, null,
                    null, null);
        }
        int outcome = random.nextInt(100);
        LocalDate decided = min(received.plusDays(3 + random.nextInt(10)), today);
        if (outcome < 12) {
            event(chunk, id, decided, PetitionStatus.RECEIVED, PetitionStatus.GUIDED);
            return new PetitionState(PetitionStatus.GUIDED, "Hướng dẫn công dân gửi đến cơ quan có thẩm quyền",
                    Competence.OUTSIDE, HandlingDirection.GUIDE, null, null, null, null, intakeDue, null, null, null,
                    null, null, null, null);
        }
        if (outcome < 22) {
            event(chunk, id, decided, PetitionStatus.RECEIVED, PetitionStatus.TRANSFERRED);
            return new PetitionState(PetitionStatus.TRANSFERRED, null, Competence.OUTSIDE, HandlingDirection.TRANSFER,
                    pick(DemoVocabulary.AGENCIES, random), (1 + random.nextInt(300)) + "/CV-UBND", null, null,
                    intakeDue, null, null, null, null, null, null, null);
        }
        if (outcome < 30) {
            event(chunk, id, decided, PetitionStatus.RECEIVED, PetitionStatus.FILED);
            return new PetitionState(PetitionStatus.FILED, "Đơn trùng nội dung đã được giải quyết", Competence.OUTSIDE,
                    HandlingDirection.FILE, null, null, null, null, intakeDue, null, null, null, null, null, null,
                    null);
        }
        event(chunk, id, accepted, PetitionStatus.RECEIVED, PetitionStatus.ACCEPTED);
        if (outcome < 35) {
            PetitionStatus exit = outcome < 33 ? PetitionStatus.WITHDRAWN : PetitionStatus.TERMINATED;
            event(chunk, id, min(accepted.plusDays(10), today), PetitionStatus.ACCEPTED, exit);
            return new PetitionState(exit, "Công dân rút đơn", Competence.WITHIN, HandlingDirection.ACCEPT, null, null,
                    unit, accepted, due, null, null, null, null, null, null, null);
        }
        // most settle within the limit, some late: the overdue history a real office has
        LocalDate resolved = min(due == null ? accepted.plusDays(20)
                : due.minusDays(20).plusDays(random.nextInt(26)), today);
        resolved = resolved.isBefore(accepted) ? accepted : resolved;
        boolean communicated = outcome >= 45;
        LocalDate told = communicated ? min(resolved.plusDays(1 + random.nextInt(7)), today) : null;
        event(chunk, id, resolved, PetitionStatus.ACCEPTED, PetitionStatus.RESOLVED);
        if (communicated) {
            event(chunk, id, told, PetitionStatus.RESOLVED, PetitionStatus.COMMUNICATED);
        }
        return new PetitionState(communicated ? PetitionStatus.COMMUNICATED : PetitionStatus.RESOLVED, null,
                Competence.WITHIN, HandlingDirection.ACCEPT, null, null, unit, accepted, due, null, null, resolved,
                pick(DemoVocabulary.RESULTS, random), (1 + random.nextInt(500)) + "/QĐ-UBND", told,
                communicated ? (random.nextInt(8) == 0 ? Satisfaction.NOT_SATISFIED : Satisfaction.SATISFIED) : null);
    }

    /**
     * A later event of a petition. Its id is made from the petition's own time, not the event's: the ids of a chunk
     * then follow each other in the key index instead of landing months ahead of it (which made H2 rewrite pages
     * all over the index at every commit).
     */
    private void event(DemoChunk chunk, UUID id, LocalDate date, PetitionStatus from, PetitionStatus to) {
        Instant at = date.atTime(14, 0).atZone(OfficeClock.ZONE).toInstant();
        chunk.events.add(new DemoRecords.Event(ids.at(created), id, at, PetitionEventType.STATUS_CHANGED, from,
                to));
    }

    private DemoRecords.Citizen citizen(UUID villageId, String village, Instant at) {
        String idNumber = random.nextInt(10) < 8 ? String.format("%03d%09d", random.nextInt(96) + 1,
                random.nextInt(1_000_000_000)) : null;
        String phone = random.nextInt(10) < 7 ? "09" + String.format("%08d", random.nextInt(100_000_000)) : null;
        String address = pick(DemoVocabulary.STREETS, random) + ", " + village;
        return new DemoRecords.Citizen(ids.at(at), DemoVocabulary.personName(random), idNumber, phone,
                villageId, address, at);
    }

    private String code(PetitionKind kind, int year) {
        String key = kind.codePrefix() + "/" + year;
        int next = sequences.merge(key, startingSequences.getOrDefault(key, 0) + 1, (old, one) -> old + 1);
        return String.format("%s-%d-%05d", kind.codePrefix(), year, next);
    }

    private String summary(int fieldIndex, String village) {
        List<String> options = DemoVocabulary.SUMMARIES.get(Math.min(fieldIndex, DemoVocabulary.SUMMARIES.size() - 1));
        return MessageFormat.format(pick(options, random).replace("'", "''"), village,
                String.valueOf(1 + random.nextInt(900)));
    }

    private PetitionKind kind() {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return PetitionKind.RECOMMENDATION;
        }
        if (roll < 70) {
            return PetitionKind.FEEDBACK;
        }
        if (roll < 88) {
            return PetitionKind.COMPLAINT;
        }
        return roll < 93 ? PetitionKind.DENUNCIATION : PetitionKind.POLICY_QUESTION;
    }

    private PetitionChannel channel() {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return PetitionChannel.RECEPTION;
        }
        if (roll < 55) {
            return PetitionChannel.POST;
        }
        if (roll < 70) {
            return PetitionChannel.DIALOGUE;
        }
        if (roll < 80) {
            return PetitionChannel.ONLINE;
        }
        if (roll < 88) {
            return PetitionChannel.LEADER_ASSIGNED;
        }
        return roll < 95 ? PetitionChannel.TRANSFERRED_IN : roll < 97 ? PetitionChannel.PRESS : PetitionChannel.OTHER;
    }

    /** Land matters dominate, as in real commune registers. */
    private int field() {
        int roll = random.nextInt(100);
        int count = catalog.fields().size();
        if (roll < 30) {
            return 0;
        }
        if (roll < 40) {
            return Math.min(1, count - 1);
        }
        return random.nextInt(count);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
