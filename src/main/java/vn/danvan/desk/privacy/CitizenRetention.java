package vn.danvan.desk.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.AppSettings;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.security.Actor;

/**
 * The retention rule: citizens whose petitions were all closed more than N years ago are anonymised. Off (0) by
 * default; an admin sets N in Settings or on the command line. It is applied after each login, in the background,
 * and written to the audit log as one row with the count (no ids, no names).
 */
public final class CitizenRetention {

    public static final String ACTION = "ANONYMISE_RETENTION";
    static final String SETTING = "privacy.retention_years";
    static final String LAST_RUN = "privacy.retention_last_run";
    public static final int MAX_YEARS = 100;

    private final AppSettings settings;
    private final PersonalDataRepository repository;
    private final PersonalDataService service;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final OfficeClock clock;

    public CitizenRetention(AppSettings settings, PersonalDataRepository repository, PersonalDataService service,
                            AuditTrail audit, Transactions transactions, OfficeClock clock) {
        this.settings = settings;
        this.repository = repository;
        this.service = service;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The number of years after which citizens are anonymised; 0 when the rule is off. */
    public int years() {
        return Math.max(0, settings.getInt(SETTING, 0));
    }

    /** Sets the rule (0 turns it off); admins only, audited. */
    public void setYears(int years, Actor actor) {
        PersonalDataService.requireAdmin(actor);
        if (years < 0 || years > MAX_YEARS) {
            throw new UserException("error.privacy.retentionYears", MAX_YEARS);
        }
        int before = years();
        transactions.run(() -> {
            settings.put(SETTING, Integer.toString(years));
            audit.record(actor, AuditTrail.UPDATE, "SETTING", null, SETTING + ": " + before + " → " + years);
        });
    }

    /** How many citizens the rule would anonymise now with {@code years} (a dry run); 0 when {@code years} is 0. */
    public int due(int years, Actor actor) {
        PersonalDataService.requireAdmin(actor);
        return years <= 0 ? 0 : candidates(years).size();
    }

    /**
     * Applies the rule as set; does nothing while it is off. Returns how many citizens were anonymised. After a login
     * the window applies it as {@link Actor#system()}: the rule was set by an admin, the officer did nothing.
     */
    public int apply(Actor actor) {
        PersonalDataService.requireAdmin(actor);
        int years = years();
        if (years <= 0) {
            return 0;
        }
        return transactions.inTransaction(() -> {
            List<UUID> ids = candidates(years);
            if (ids.isEmpty()) {
                return 0;
            }
            Set<String> words = service.anonymiseAll(ids);
            service.purge(words);
            audit.record(actor, ACTION, PersonalDataService.ENTITY, null,
                    ids.size() + " citizens, petitions closed more than " + years + " years ago");
            return ids.size();
        });
    }

    /**
     * Applies the rule after a login, at most once a day (it reads every petition): returns how many citizens were
     * anonymised, 0 when it is off or already ran today.
     */
    public int applyOncePerDay(Actor actor) {
        String today = clock.today().toString();
        if (years() <= 0 || settings.get(LAST_RUN).filter(today::equals).isPresent()) {
            return 0;
        }
        int count = apply(actor);
        transactions.run(() -> settings.put(LAST_RUN, today));
        return count;
    }

    private List<UUID> candidates(int years) {
        LocalDate cutOffDate = clock.today().minusYears(years);
        Instant cutOff = cutOffDate.atStartOfDay(OfficeClock.ZONE).toInstant();
        return repository.retentionCandidates(cutOff, cutOffDate);
    }
}
