package vn.danvan.desk.petition.deadline;

import static vn.danvan.desk.common.db.generated.Tables.DEADLINE_RULE;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.petition.PetitionKind;

/** The office's deadline rules (seeded by migration V3, edited by an admin). */
public final class DeadlineRuleRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public DeadlineRuleRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public List<DeadlineRule> findAll() {
        return dsl.selectFrom(DEADLINE_RULE)
                .orderBy(DEADLINE_RULE.PETITION_KIND, DEADLINE_RULE.STEP, DEADLINE_RULE.VARIANT)
                .fetch(row -> new DeadlineRule(row.getId(), PetitionKind.valueOf(row.getPetitionKind()),
                        DeadlineStep.valueOf(row.getStep()), DeadlineVariant.valueOf(row.getVariant()),
                        row.getLimitDays(), DayType.valueOf(row.getDayType()), row.getLegalBasis()));
    }

    /** Changes one rule; returns whether it existed. */
    public boolean update(UUID id, int limitDays, DayType dayType, String legalBasis) {
        return dsl.update(DEADLINE_RULE)
                .set(DEADLINE_RULE.LIMIT_DAYS, limitDays)
                .set(DEADLINE_RULE.DAY_TYPE, dayType.name())
                .set(DEADLINE_RULE.LEGAL_BASIS, legalBasis)
                .set(DEADLINE_RULE.UPDATED_AT, clock.instant())
                .where(DEADLINE_RULE.ID.eq(id))
                .execute() == 1;
    }
}
