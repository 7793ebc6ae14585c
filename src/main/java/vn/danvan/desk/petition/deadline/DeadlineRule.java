package vn.danvan.desk.petition.deadline;

import java.time.LocalDate;
import vn.danvan.desk.calendar.WorkingDays;
import java.util.UUID;
import vn.danvan.desk.petition.PetitionKind;

/** One time limit: for a kind of petition, a step and a variant, so many working or calendar days. */
public record DeadlineRule(UUID id, PetitionKind kind, DeadlineStep step, DeadlineVariant variant, int limitDays,
                           DayType dayType, String legalBasis) {

    /** The due date of a period triggered on {@code trigger}. */
    public LocalDate dueFrom(LocalDate trigger, WorkingDays days) {
        return dayType == DayType.WORKING
                ? days.addWorkingDays(trigger, limitDays)
                : days.addCalendarDays(trigger, limitDays);
    }
}
