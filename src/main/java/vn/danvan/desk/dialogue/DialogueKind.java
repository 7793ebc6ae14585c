package vn.danvan.desk.dialogue;

import java.util.Locale;

/** The kinds of meeting with the people (domain.md 2.5). */
public enum DialogueKind {
    /** Hội nghị đối thoại giữa UBND xã và MTTQ với nhân dân: at least once a year. */
    ANNUAL_CONFERENCE,
    /** Đối thoại trực tiếp của Bí thư / Chủ tịch. */
    LEADER_DIALOGUE,
    /** Tiếp công dân định kỳ của lãnh đạo: the Party secretary at least 2 days a month. */
    RECEPTION_PERIODIC,
    /** Tiếp công dân đột xuất. */
    RECEPTION_AD_HOC,
    /** Tiếp xúc cử tri. */
    VOTER_CONTACT,
    /** Đối thoại giải quyết khiếu nại. */
    COMPLAINT_DIALOGUE;

    public String messageKey() {
        return "dialogue.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** Whether the session is one of the leader's reception days counted against the monthly minimum. */
    public boolean receptionDay() {
        return this == RECEPTION_PERIODIC || this == RECEPTION_AD_HOC;
    }
}
