package vn.danvan.desk.common.db;

import static vn.danvan.desk.common.db.generated.Tables.PETITION_CODE_SEQUENCE;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Readable record numbers per prefix and year ({@code KN-2026-00042}, {@code DT-2026-004}), kept in
 * {@code petition_code_sequence}. Call inside the transaction that uses the number, so a rolled-back save gives its
 * number back.
 */
public final class CodeSequences {

    private final DSLContext dsl;

    public CodeSequences(Database database) {
        this.dsl = database.dsl();
    }

    /** The next number for {@code prefix} in {@code year}, from 1. */
    public int next(String prefix, int year) {
        int updated = dsl.update(PETITION_CODE_SEQUENCE)
                .set(PETITION_CODE_SEQUENCE.LAST_VALUE, PETITION_CODE_SEQUENCE.LAST_VALUE.plus(1))
                .where(PETITION_CODE_SEQUENCE.PREFIX.eq(prefix), PETITION_CODE_SEQUENCE.CODE_YEAR.eq(year))
                .execute();
        if (updated == 0) {
            start(prefix, year, 1);
        }
        return dsl.select(PETITION_CODE_SEQUENCE.LAST_VALUE).from(PETITION_CODE_SEQUENCE)
                .where(PETITION_CODE_SEQUENCE.PREFIX.eq(prefix), PETITION_CODE_SEQUENCE.CODE_YEAR.eq(year))
                .fetchSingle().value1();
    }

    /** The last number given for {@code prefix} in {@code year} (0 when none). */
    /** Every sequence as "prefix/year=last", in order: what tells that a petition was numbered since. */
    public java.util.List<String> all() {
        return dsl.selectFrom(PETITION_CODE_SEQUENCE)
                .orderBy(PETITION_CODE_SEQUENCE.PREFIX, PETITION_CODE_SEQUENCE.CODE_YEAR)
                .fetch(r -> r.getPrefix() + "/" + r.getCodeYear() + "=" + r.getLastValue());
    }

    public int last(String prefix, int year) {
        return dsl.select(PETITION_CODE_SEQUENCE.LAST_VALUE).from(PETITION_CODE_SEQUENCE)
                .where(PETITION_CODE_SEQUENCE.PREFIX.eq(prefix), PETITION_CODE_SEQUENCE.CODE_YEAR.eq(year))
                .fetchOptional(PETITION_CODE_SEQUENCE.LAST_VALUE).orElse(0);
    }

    /**
     * Raises the sequence of {@code prefix} in {@code year} to at least {@code used}, so that numbers given later
     * never repeat one already used (codes brought in by an import). Call inside the transaction that uses them.
     */
    public void raiseTo(String prefix, int year, int used) {
        int updated = dsl.update(PETITION_CODE_SEQUENCE)
                .set(PETITION_CODE_SEQUENCE.LAST_VALUE, DSL.greatest(PETITION_CODE_SEQUENCE.LAST_VALUE, DSL.val(used)))
                .where(PETITION_CODE_SEQUENCE.PREFIX.eq(prefix), PETITION_CODE_SEQUENCE.CODE_YEAR.eq(year))
                .execute();
        if (updated == 0) {
            start(prefix, year, used);
        }
    }

    private void start(String prefix, int year, int last) {
        dsl.insertInto(PETITION_CODE_SEQUENCE)
                .set(PETITION_CODE_SEQUENCE.PREFIX, prefix)
                .set(PETITION_CODE_SEQUENCE.CODE_YEAR, year)
                .set(PETITION_CODE_SEQUENCE.LAST_VALUE, last)
                .execute();
    }
}
