package vn.danvan.desk.dashboard;

import java.util.OptionalDouble;

/**
 * Tỷ lệ giải quyết (domain.md §3): petitions resolved / petitions within the office's competence, for the year to
 * date. Within competence this year: received this year and found within competence, plus those received earlier
 * that were still open on 1 January (open today, or resolved since). Resolved: a resolution date from 1 January to
 * today. A petition withdrawn or terminated (no resolution date) counts only in the year it was received.
 */
public record SettlementRate(int resolved, int withinCompetence) {

    /** The rate in percent; empty while nothing within competence is counted. */
    public OptionalDouble percent() {
        return withinCompetence == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * resolved / withinCompetence);
    }
}
