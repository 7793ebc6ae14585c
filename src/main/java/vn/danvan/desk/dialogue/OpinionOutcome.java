package vn.danvan.desk.dialogue;

import java.util.Locale;

/** What became of an opinion at the meeting. */
public enum OpinionOutcome {
    /** Trả lời tại chỗ: answered on the spot, with who answered and the answer. */
    ANSWERED,
    /** Cần xem xét, giải quyết: becomes a tracked petition linked to the session. */
    FOLLOW_UP;

    public String messageKey() {
        return "dialogue.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
