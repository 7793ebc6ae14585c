package vn.danvan.desk.calendar;

import vn.danvan.desk.audit.Changes;
import vn.danvan.desk.audit.AuditTrail;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.common.text.VietnameseText;

/**
 * The office's working calendar: the computed holidays, the office's overrides and its holiday rules. Hands out
 * the current {@link WorkingCalendar} (loaded once, rebuilt after every change) and tells its
 * {@link CalendarChangeListener} of each change.
 */
public final class CalendarService {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);

    private final CalendarRepository repository;
    private final Transactions transactions;
    private final VietnamHolidays holidays;
    private final CalendarChangeListener listener;
    private final AuditTrail audit;
    private volatile WorkingCalendar current;

    public CalendarService(CalendarRepository repository, Transactions transactions, VietnamHolidays holidays,
                           CalendarChangeListener listener, AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.transactions = transactions;
        this.holidays = holidays;
        this.listener = listener;
    }

    /** The calendar as it stands now; cheap to call, safe to keep and share between threads. */
    public WorkingCalendar calendar() {
        WorkingCalendar calendar = current;
        if (calendar == null) {
            synchronized (this) {
                if (current == null) {
                    current = load();
                }
                calendar = current;
            }
        }
        return calendar;
    }

    public HolidayRules rules() {
        return calendar().rules();
    }

    /** The days off of {@code year}, statutory and the office's, in date order. */
    public List<Holiday> holidays(int year) {
        Problem.throwFirst(CalendarRules.year(year));
        return calendar().holidays(year);
    }

    /** The days off and the office's working days of {@code year}, in date order. */
    public List<CalendarEntry> entries(int year) {
        Problem.throwFirst(CalendarRules.year(year));
        return calendar().entries(year);
    }

    /**
     * Sets (or replaces) the office's decision for {@code date}: a day off, or a working day. Making a working
     * day of a date that is one without any override is refused: it would change nothing, or the office's day
     * off there should be removed instead.
     */
    public CalendarOverride setOverride(LocalDate date, boolean dayOff, String name) {
        Problem.throwFirst(CalendarRules.date(date), CalendarRules.name(name));
        CalendarOverride override = new CalendarOverride(date, dayOff, VietnameseText.clean(name));
        return change(() -> {
            if (!dayOff && normallyWorkingDay(date)) {
                boolean overridden = repository.find(date).isPresent();
                throw new UserException(overridden ? "error.calendar.removeInstead"
                        : "error.calendar.alreadyWorkingDay", CalendarRules.format(date));
            }
            repository.save(override);
            audit.record(AuditTrail.UPDATE, "CALENDAR", null, CalendarRules.format(date) + ": "
                    + (dayOff ? "ngày nghỉ" : "ngày làm việc") + (override.name() == null ? "" : " (" + override.name() + ")"));
            LOG.info("Calendar override set: {} {}", date, dayOff ? "day off" : "working day");
            return override;
        });
    }

    /** Removes the office's decision for {@code date}; the computed calendar applies again. */
    public void removeOverride(LocalDate date) {
        Problem.throwFirst(CalendarRules.date(date));
        change(() -> {
            if (!repository.delete(date)) {
                throw new UserException("error.calendar.noOverride", CalendarRules.format(date));
            }
            audit.record(AuditTrail.DELETE, "CALENDAR", null, CalendarRules.format(date));
            LOG.info("Calendar override removed: {}", date);
            return null;
        });
    }

    public HolidayRules saveRules(int tetDays, NationalDayAdjacent nationalDayAdjacent) {
        Problem.throwFirst(CalendarRules.tetDays(tetDays),
                nationalDayAdjacent == null ? Problem.of("validation.required") : Problem.none());
        HolidayRules rules = new HolidayRules(tetDays, nationalDayAdjacent);
        return change(() -> {
            HolidayRules before = repository.loadRules();
            repository.saveRules(rules);
            audit.record(AuditTrail.UPDATE, "CALENDAR_RULES", null, Changes.of()
                    .field("số ngày Tết", before.tetDays(), tetDays)
                    .field("ngày liền kề Quốc khánh", before.nationalDayAdjacent(), nationalDayAdjacent).toString());
            LOG.info("Holiday rules set: {}", rules);
            return rules;
        });
    }

    /** A Monday–Friday that is no statutory or compensatory holiday: a working day without any override. */
    private boolean normallyWorkingDay(LocalDate date) {
        return !VietnamHolidays.isWeekend(date) && holidays.forYear(date.getYear(), rules()).stream()
                .noneMatch(holiday -> holiday.date().equals(date));
    }

    /**
     * Runs a change and, in the same transaction, puts the new calendar in place and tells the listener; if
     * anything fails the change is rolled back and the previous calendar stays.
     */
    private synchronized <T> T change(Supplier<T> work) {
        WorkingCalendar before = current;
        try {
            return transactions.inTransaction(() -> {
                T result = work.get();
                current = load();
                listener.calendarChanged();
                return result;
            });
        } catch (RuntimeException e) {
            current = before;
            throw e;
        }
    }

    private WorkingCalendar load() {
        return new WorkingCalendar(holidays, repository.loadRules(), repository.findAll());
    }
}
