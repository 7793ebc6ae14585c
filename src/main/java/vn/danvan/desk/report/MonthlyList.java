package vn.danvan.desk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.petition.ResolutionGroup;

/**
 * A month's petition list ready to print: the office it comes from, the day it is issued, its rows in order (masked
 * unless {@code identitiesShown}).
 */
public record MonthlyList(YearMonth month, OfficeProfile office, LocalDate issuedOn, List<MonthlyListRow> rows,
                          boolean identitiesShown) {

    public MonthlyList {
        rows = List.copyOf(rows);
    }

    public int carriedOver() {
        return (int) rows.stream().filter(MonthlyListRow::carriedOver).count();
    }

    public int receivedInMonth() {
        return rows.size() - carriedOver();
    }

    /** How many rows stood in {@code group} (resolved / in progress / not resolved) at the end of the month. */
    public int count(ResolutionGroup group) {
        return (int) rows.stream().filter(r -> r.status().group() == group).count();
    }

    public int people() {
        return rows.stream().mapToInt(MonthlyListRow::peopleCount).sum();
    }
}
