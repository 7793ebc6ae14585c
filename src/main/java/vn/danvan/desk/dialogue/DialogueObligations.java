package vn.danvan.desk.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.danvan.desk.common.db.AppSettings;
import vn.danvan.desk.petition.OfficeClock;

/**
 * The office's legal minimums for meetings with the people, checked for a year: the annual dialogue conference (at
 * least once a year) and the leader's periodic reception days (at least 2 a month for the commune Party secretary).
 * Both thresholds are settings.
 */
public final class DialogueObligations {

    public static final String MIN_CONFERENCES_KEY = "dialogue.minAnnualConferences";
    public static final String MIN_RECEPTION_DAYS_KEY = "dialogue.minReceptionDaysPerMonth";
    public static final int DEFAULT_MIN_CONFERENCES = 1;
    public static final int DEFAULT_MIN_RECEPTION_DAYS = 2;

    /**
     * How {@code year} stands. {@code receptionDays} holds the days per month (index 0 = January); only the months
     * already begun ({@code monthsElapsed}) are judged.
     */
    public record Status(int year, int conferencesHeld, int conferencesRequired, int[] receptionDays,
                         int receptionDaysRequired, int monthsElapsed) {

        public boolean conferenceMet() {
            return conferencesHeld >= conferencesRequired;
        }

        /** The months (1-12) already begun with fewer reception days than required. */
        public List<Integer> monthsShort() {
            List<Integer> months = new ArrayList<>();
            for (int m = 0; m < monthsElapsed; m++) {
                if (receptionDays[m] < receptionDaysRequired) {
                    months.add(m + 1);
                }
            }
            return months;
        }
    }

    private final DialogueRepository sessions;
    private final AppSettings settings;
    private final OfficeClock clock;

    public DialogueObligations(DialogueRepository sessions, AppSettings settings, OfficeClock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    public Status of(int year) {
        LocalDate today = clock.today();
        int elapsed = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue();
        int[] minimums = minimums();
        return new Status(year, sessions.countInYear(DialogueKind.ANNUAL_CONFERENCE, year), minimums[0],
                sessions.daysPerMonth(DialogueKind.RECEPTION_PERIODIC, year), minimums[1], elapsed);
    }

    /** The thresholds: conferences a year, periodic reception days a month. */
    public int[] minimums() {
        return new int[] {settings.getInt(MIN_CONFERENCES_KEY, DEFAULT_MIN_CONFERENCES),
                settings.getInt(MIN_RECEPTION_DAYS_KEY, DEFAULT_MIN_RECEPTION_DAYS)};
    }

    /** Changes both thresholds (0 turns a check off). */
    public void setMinimums(int conferences, int receptionDays) {
        if (conferences < 0 || conferences > 12 || receptionDays < 0 || receptionDays > 31) {
            throw new vn.danvan.desk.common.UserException("validation.dialogue.minimums");
        }
        settings.put(MIN_CONFERENCES_KEY, Integer.toString(conferences));
        settings.put(MIN_RECEPTION_DAYS_KEY, Integer.toString(receptionDays));
    }

    public List<Integer> years() {
        return sessions.years();
    }
}
