package vn.danvan.desk.common.db;

import static vn.danvan.desk.common.db.generated.Tables.OFFICE;

import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Which records are this office's own: those without an origin office and those of the local office. Records of
 * other offices, merged from their hand-over packages, are kept for the consolidated reports only.
 */
public final class OfficeScope {

    private OfficeScope() {
    }

    /** The records of this office, given the column that names a record's origin office. */
    public static Condition own(Field<UUID> origin) {
        return origin.isNull().or(origin.in(DSL.select(OFFICE.ID).from(OFFICE).where(OFFICE.IS_LOCAL.isTrue())));
    }

    /**
     * {@link #own} when the register holds another office's records, and no condition at all while it holds none
     * (a commune's register): the counts of a million petitions that H2 answers from an index alone would otherwise
     * read every row to test its origin.
     */
    public static Condition ownIfOthersHeld(DSLContext dsl, Field<UUID> origin) {
        return dsl.fetchExists(OFFICE, OFFICE.IS_LOCAL.isFalse()) ? own(origin) : DSL.noCondition();
    }
}
