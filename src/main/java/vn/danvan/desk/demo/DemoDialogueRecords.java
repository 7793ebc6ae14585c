package vn.danvan.desk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.OpinionOutcome;

/** Rows of generated demo dialogue sessions, written in batches by {@link DemoDialogueRepository}. */
final class DemoDialogueRecords {

    final List<Session> sessions = new ArrayList<>();
    final List<Chair> chairs = new ArrayList<>();
    final List<SessionVillage> villages = new ArrayList<>();
    final List<Opinion> opinions = new ArrayList<>();

    record Session(UUID id, String code, DialogueKind kind, LocalDate date, LocalTime start, LocalTime end,
                   String place, String bodies, int citizens, int officials, String topics, String conclusions,
                   String noteTaker, Instant at) {
    }

    record Chair(UUID id, UUID sessionId, int ordinal, String name, String title) {
    }

    record SessionVillage(UUID sessionId, UUID villageId) {
    }

    /** {@code petitionId} is set for a follow-up opinion: the petition it became, linked back to the session. */
    record Opinion(UUID id, UUID sessionId, int ordinal, UUID speakerId, String speakerName, UUID villageId,
                   UUID fieldId, String content, OpinionOutcome outcome, String answeredBy, String answer,
                   UUID petitionId, Instant at) {
    }
}
