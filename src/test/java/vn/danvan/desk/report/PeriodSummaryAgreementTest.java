package vn.danvan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.ResolutionGroup;
import vn.danvan.desk.report.summary.PeriodBoundary;
import vn.danvan.desk.report.summary.PeriodSummary;
import vn.danvan.desk.report.summary.ReportPeriod;

/**
 * The summary of a calendar month agrees with the monthly lists (the known October story of
 * {@link MonthlyListFixtures}): received = the list's rows received in the month; carried over = the rows of
 * September's list still open at its end; still open of those = October's carried-over rows; in progress and not
 * yet resolved = October's rows in those groups; resolved = October's resolved rows + the carried over closed in
 * October (which the list leaves out).
 */
class PeriodSummaryAgreementTest {

    @TempDir
    Path folder;
    MonthlyListFixtures data;

    @BeforeEach
    void story() {
        data = new MonthlyListFixtures(folder.resolve("db")).untilEndOfOctober().afterOctober();
    }

    @AfterEach
    void close() {
        data.services.close();
    }

    @Test
    void octoberSummaryAgreesWithTheMonthlyLists() {
        MonthlyList october = data.services.monthlyList().list(MonthlyListFixtures.OCTOBER);
        MonthlyList september = data.services.monthlyList().list(YearMonth.of(2026, 9));
        PeriodSummary summary = data.services.periodSummary().summary(ReportPeriod.month(MonthlyListFixtures.OCTOBER));

        assertThat(summary.received()).isEqualTo(october.receivedInMonth()).isEqualTo(5);
        assertThat(summary.carriedOverStillOpen()).isEqualTo(october.carriedOver()).isEqualTo(4);
        assertThat(summary.received() + summary.carriedOverStillOpen()).isEqualTo(october.rows().size());
        int openAtSeptemberEnd = september.count(ResolutionGroup.IN_PROGRESS) + september.count(ResolutionGroup.NOT_RESOLVED);
        assertThat(summary.carriedOver()).isEqualTo(openAtSeptemberEnd).isEqualTo(6); // P1 P2 P3 P4 P11 P12
        assertThat(summary.overall().inProgress()).isEqualTo(october.count(ResolutionGroup.IN_PROGRESS));
        assertThat(summary.overall().notResolved()).isEqualTo(october.count(ResolutionGroup.NOT_RESOLVED));
        assertThat(summary.overall().resolved())
                .isEqualTo(october.count(ResolutionGroup.RESOLVED) + summary.carriedOverClosed());
        assertThat(summary.carriedOverClosed()).isEqualTo(2); // P2 resolved on 12/10, P4 resolved (entered late) 30/10
        // per kind, the petitions still open at the end of October are the list's open rows of that kind
        for (PetitionKind kind : PetitionKind.values()) {
            List<MonthlyListRow> open = october.rows().stream()
                    .filter(r -> r.kind() == kind && r.status().open()).toList();
            var tally = summary.byKind().get(kind);
            assertThat(tally.inProgress() + tally.notResolved()).as(kind.name()).isEqualTo(open.size());
            assertThat(tally.received()).as(kind.name())
                    .isEqualTo(october.rows().stream().filter(r -> r.kind() == kind && !r.carriedOver()).count());
        }
        // the next month carries over exactly what October left open
        PeriodSummary november = data.services.periodSummary().summary(ReportPeriod.month(YearMonth.of(2026, 11)));
        assertThat(november.carriedOver()).isEqualTo(summary.overall().inProgress() + summary.overall().notResolved());
    }

    @Test
    void withTheFifteenthRuleTheMonthRunsFromTheFifteenth() {
        data.services.periodSummary().setBoundary(PeriodBoundary.FIFTEENTH, MonthlyListFixtures.ADMIN);
        PeriodSummary october = data.services.periodSummary().summary(ReportPeriod.month(MonthlyListFixtures.OCTOBER));
        assertThat(october.from()).isEqualTo(java.time.LocalDate.of(2026, 9, 15));
        assertThat(october.to()).isEqualTo(java.time.LocalDate.of(2026, 10, 14));
        // received 15/09 – 14/10: P2 (15/09), P12 (25/09), P5 (03/10), P6 (05/10), P13 (08/10); P10 is voided
        assertThat(october.received()).isEqualTo(5);
        // before 15/09 and open on 14/09: P3 (08/05), P4 (01/09), P11 (02/09), P1 (10/09)
        assertThat(october.carriedOver()).isEqualTo(4);
        // November (15/10 – 14/11) carries over what was open on 14/10: P3 P4 P11 P1 P12 P5 P6 and P13 (transferred
        // on 15/10); not P2 (resolved on 12/10)
        PeriodSummary november = data.services.periodSummary().summary(ReportPeriod.month(YearMonth.of(2026, 11)));
        assertThat(november.from()).isEqualTo(java.time.LocalDate.of(2026, 10, 15));
        assertThat(november.carriedOver()).isEqualTo(october.overall().inProgress() + october.overall().notResolved())
                .isEqualTo(8);
    }
}
