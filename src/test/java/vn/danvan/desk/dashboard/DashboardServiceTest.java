package vn.danvan.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.dashboard.DashboardFixtures.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.catalog.field.PetitionField;
import vn.danvan.desk.dashboard.DashboardService.Charts;
import vn.danvan.desk.dashboard.DashboardService.DeadlineLists;
import vn.danvan.desk.dashboard.DashboardService.Summary;
import vn.danvan.desk.petition.Competence;
import vn.danvan.desk.petition.Identity;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionRow;
import vn.danvan.desk.petition.ResolutionGroup;

/**
 * Every figure of the dashboard against a count made here, independently, by walking the story's petitions as the
 * database now holds them; the boundaries of each card are named petitions of {@link DashboardFixtures}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardServiceTest {

    @TempDir
    static Path folder;
    DashboardFixtures office;
    List<Petition> all;
    Summary summary;
    Charts charts;
    DeadlineLists lists;

    @BeforeAll
    void tellTheStory() {
        office = new DashboardFixtures(folder).story();
        all = office.current().stream().filter(p -> !p.voided()).toList();
        DashboardService dashboard = office.services.dashboard();
        DashboardDates dates = dashboard.dates();
        assertThat(dates.today()).isEqualTo(TODAY);
        summary = dashboard.summary(dates);
        charts = dashboard.charts(summary);
        lists = dashboard.deadlines(dates);
    }

    @AfterAll
    void close() {
        office.services.close();
    }

    @Test
    void theWeekRunsSevenDaysFromToday() {
        assertThat(summary.dates().weekEnd()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(summary.dates().chartStart()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void everyCardMatchesACountOfThePetitions() {
        DashboardCards cards = summary.cards();
        assertThat(cards.open()).isEqualTo(count(p -> p.status().open()));
        assertThat(cards.overdue()).isEqualTo(count(p -> running(p) && p.dueDate().isBefore(TODAY)));
        assertThat(cards.dueWithinWeek()).isEqualTo(count(p -> running(p) && !p.dueDate().isBefore(TODAY)
                && !p.dueDate().isAfter(TODAY.plusDays(7))));
        assertThat(cards.receivedThisMonth()).isEqualTo(count(p -> between(p.receivedDate(),
                TODAY.withDayOfMonth(1), TODAY)));
        assertThat(cards.resolvedThisMonth()).isEqualTo(count(p -> between(p.resolvedDate(),
                TODAY.withDayOfMonth(1), TODAY)));
        // and the figures themselves, so that a wrong story cannot make both sides agree on nothing
        assertThat(cards).isEqualTo(new DashboardCards(11, 5, 2, 4, 3));
        assertThat(cards.open()).isEqualTo(office.services.browser().count(
                vn.danvan.desk.petition.PetitionFilter.all().withStatuses(
                        vn.danvan.desk.petition.PetitionStatus.openStatuses()), DashboardFixtures.ADMIN).count());
    }

    @Test
    void theBoundariesOfEachCard() {
        assertThat(office.current("dueToday").dueDate()).isEqualTo(TODAY);
        assertThat(office.current("dueIn7").dueDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(office.current("dueIn8").dueDate()).isEqualTo(TODAY.plusDays(8));
        assertThat(office.current("overdueSinceYesterday").dueDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(office.current("resolvedReceivedLastYear").resolvedDate()).isEqualTo(LocalDate.of(2026, 11, 5));
        // due today and in exactly seven days are "within the week"; in eight days, not; yesterday is overdue
        assertThat(codes(lists.nextDue()).subList(0, 3)).containsExactly(code("dueToday"), code("dueIn7"),
                code("dueIn8"));
        assertThat(codes(lists.mostOverdue())).endsWith(code("overdueSinceYesterday"))
                .doesNotContain(code("dueToday"), code("suspended"));
    }

    @Test
    void theSettlementRateOfTheYearCountsWhatWasCarriedOver() {
        LocalDate jan1 = TODAY.withDayOfYear(1);
        Predicate<Petition> within = p -> p.competence() == Competence.WITHIN;
        int resolved = count(within.and(p -> between(p.resolvedDate(), jan1, TODAY)));
        int competent = count(within.and(p -> between(p.receivedDate(), jan1, TODAY)
                || p.receivedDate().isBefore(jan1) && (p.status().open() || between(p.resolvedDate(), jan1, TODAY))));
        assertThat(charts.settlement()).isEqualTo(new SettlementRate(resolved, competent));
        // resolvedReceivedLastYear and carriedOpen are carried over; resolvedLastYear closed before the year
        assertThat(charts.settlement()).isEqualTo(new SettlementRate(4, 11));
        assertThat(charts.settlement().percent().getAsDouble()).isEqualTo(100.0 * 4 / 11);
    }

    @Test
    void theTwelveMonthsStackTheGroupsOfTodaysStatus() {
        Map<YearMonth, Map<ResolutionGroup, Integer>> expected = new HashMap<>();
        for (Petition p : all) {
            if (between(p.receivedDate(), LocalDate.of(2025, 12, 1), TODAY)) {
                expected.computeIfAbsent(YearMonth.from(p.receivedDate()), m -> new EnumMap<>(ResolutionGroup.class))
                        .merge(p.status().group(), 1, Integer::sum);
            }
        }
        assertThat(charts.months()).hasSize(12);
        assertThat(charts.months().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(charts.months().get(11).month()).isEqualTo(YearMonth.of(2026, 11));
        for (MonthCounts m : charts.months()) {
            for (ResolutionGroup group : ResolutionGroup.values()) {
                assertThat(m.count(group)).as("%s %s", m.month(), group)
                        .isEqualTo(expected.getOrDefault(m.month(), Map.of()).getOrDefault(group, 0));
            }
        }
        int inChart = charts.months().stream().mapToInt(MonthCounts::total).sum();
        assertThat(inChart).isEqualTo(count(p -> !p.receivedDate().isBefore(LocalDate.of(2025, 12, 1))))
                .isEqualTo(all.size() - 1);
    }

    @Test
    void fieldsAreRankedWithTheRestAsOthers() {
        Map<UUID, Integer> byField = tally(Petition::fieldId);
        List<Map.Entry<UUID, Integer>> ranked = new ArrayList<>(byField.entrySet());
        Map<UUID, String> names = new HashMap<>();
        office.fields.forEach(f -> names.put(f.id(), f.name()));
        ranked.sort(Comparator.<Map.Entry<UUID, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(e -> vn.danvan.desk.common.text.VietnameseText.searchKey(names.get(e.getKey()))));
        RankedCounts fields = charts.fields();
        assertThat(fields.top()).extracting(RankedCounts.Entry::name)
                .containsExactlyElementsOf(ranked.subList(0, 8).stream().map(e -> names.get(e.getKey())).toList());
        assertThat(fields.top()).extracting(RankedCounts.Entry::count)
                .containsExactlyElementsOf(ranked.subList(0, 8).stream().map(Map.Entry::getValue).toList());
        assertThat(fields.otherEntries()).isEqualTo(ranked.size() - 8).isEqualTo(2);
        assertThat(fields.others()).isEqualTo(ranked.subList(8, ranked.size()).stream()
                .mapToInt(Map.Entry::getValue).sum());
        assertThat(fields.unspecified()).isZero();
        assertThat(fields.total()).isEqualTo(all.size() - 1);
        assertThat(fields.top().get(0).name()).isEqualTo(office.fields.stream().map(PetitionField::name)
                .findFirst().orElseThrow());
    }

    @Test
    void villagesCountThePetitionsWithoutAVillageApart() {
        Map<UUID, Integer> byVillage = tally(Petition::villageId);
        RankedCounts villages = charts.villages();
        assertThat(villages.unspecified()).isEqualTo(byVillage.getOrDefault(null, 0)).isEqualTo(2);
        assertThat(villages.top()).hasSize(4).allSatisfy(entry ->
                assertThat(entry.count()).isEqualTo(byVillage.get(entry.id())));
        assertThat(villages.otherEntries()).isZero();
        assertThat(villages.top().get(0).count()).isGreaterThanOrEqualTo(villages.top().get(3).count());
    }

    @Test
    void theListsAreInDueOrderAndMaskConfidentialIdentities() {
        List<Petition> overdue = all.stream().filter(p -> running(p) && p.dueDate().isBefore(TODAY))
                .sorted(Comparator.comparing(Petition::dueDate)).toList();
        assertThat(codes(lists.mostOverdue())).containsExactlyElementsOf(overdue.stream().map(Petition::code)
                .toList());
        List<Petition> next = all.stream().filter(p -> running(p) && !p.dueDate().isBefore(TODAY))
                .sorted(Comparator.comparing(Petition::dueDate)).limit(DashboardService.LIST_SIZE).toList();
        assertThat(codes(lists.nextDue())).containsExactlyElementsOf(next.stream().map(Petition::code).toList());

        PetitionRow denunciation = row(lists.mostOverdue(), "denunciation");
        PetitionRow secret = row(lists.mostOverdue(), "confidential");
        PetitionRow anonymous = row(lists.mostOverdue(), "anonymous");
        for (PetitionRow masked : List.of(denunciation, secret)) {
            assertThat(masked.identity().masked()).isTrue();
            assertThat(masked.identity().name()).isEqualTo(Identity.MASK);
            assertThat(masked.identity().idNumber()).isEqualTo(Identity.MASK);
        }
        assertThat(lists.mostOverdue()).extracting(r -> r.identity().name())
                .doesNotContain(DashboardFixtures.DENOUNCER, DashboardFixtures.SECRET);
        assertThat(anonymous.identity().name()).isNull();
        assertThat(row(lists.mostOverdue(), "overdueOld").identity().name()).isEqualTo("Phạm Văn Ba");
    }

    private PetitionRow row(List<PetitionRow> rows, String name) {
        return rows.stream().filter(r -> r.code().equals(code(name))).findFirst().orElseThrow();
    }

    private Map<UUID, Integer> tally(java.util.function.Function<Petition, UUID> key) {
        Map<UUID, Integer> counts = new HashMap<>();
        all.stream().filter(p -> between(p.receivedDate(), LocalDate.of(2025, 12, 1), TODAY))
                .forEach(p -> counts.merge(key.apply(p), 1, Integer::sum));
        return counts;
    }

    private String code(String name) {
        return office.current(name).code();
    }

    private static List<String> codes(List<PetitionRow> rows) {
        return rows.stream().map(PetitionRow::code).toList();
    }

    private int count(Predicate<Petition> test) {
        return (int) all.stream().filter(test).count();
    }

    private static boolean running(Petition p) {
        return p.status().clockRunning() && p.dueDate() != null;
    }

    private static boolean between(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

}
