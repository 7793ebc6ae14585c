package vn.danvan.desk.petition.deadline;

import java.util.Locale;

/** The steps of handling a petition that carry a legal or office time limit (domain.md 2.4). */
public enum DeadlineStep {
    /** Classify and handle a received letter (denunciation: initial handling). */
    CLASSIFY,
    /** Tell the citizen how the matter is handled (Law on Citizen Reception, art. 28). */
    NOTIFY,
    /** Accept (thụ lý) a complaint. */
    ACCEPT,
    /** Transfer a denunciation outside the office's competence. */
    TRANSFER,
    /** Settle the matter once accepted (a first complaint, a denunciation, a recommendation...). */
    SETTLE,
    /** Settle a second complaint. */
    SETTLE_SECOND;

    public String messageKey() {
        return "deadline.step." + name().toLowerCase(Locale.ROOT);
    }
}
