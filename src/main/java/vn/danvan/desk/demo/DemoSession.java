package vn.danvan.desk.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.danvan.desk.dialogue.DialogueKind;

/**
 * A demo dialogue session while it is composed: planned for a day, it takes the first day on or after it on which a
 * generated petition of channel DIALOGUE was received, and up to {@link #capacity} of that day's such petitions as
 * its follow-up opinions; the rest of its opinions are answered on the spot.
 */
final class DemoSession {

    /** A session with no such petition within this many days keeps its planned day, every opinion answered. */
    static final int WINDOW_DAYS = 7;

    final DialogueKind kind;
    final LocalDate planned;
    final int opinions;
    final int capacity;
    final List<DemoRecords.Petition> followUps = new ArrayList<>();
    LocalDate date;
    UUID id;
    String code;
    UUID hostVillage;
    LocalTime start;
    LocalTime end;

    DemoSession(DialogueKind kind, LocalDate planned, int opinions, int capacity) {
        this.kind = kind;
        this.planned = planned;
        this.opinions = opinions;
        this.capacity = capacity;
    }

    /** Whether a petition received on {@code day} can no longer join this session (nor any planned before it). */
    boolean closedOn(LocalDate day) {
        return date != null ? day.isAfter(date) || full() : day.isAfter(planned.plusDays(WINDOW_DAYS));
    }

    /** Takes {@code petition}, received on {@code day}, if the session is held that day or not yet fixed. */
    boolean offer(DemoRecords.Petition petition, LocalDate day) {
        if (full() || day.isBefore(planned) || date != null && !date.equals(day)
                || kind.receptionDay() && day.getDayOfWeek().getValue() >= 6) {
            return false;
        }
        date = day;
        followUps.add(petition);
        return true;
    }

    boolean full() {
        return followUps.size() >= capacity;
    }

    LocalDate heldOn() {
        return date != null ? date : planned;
    }
}
