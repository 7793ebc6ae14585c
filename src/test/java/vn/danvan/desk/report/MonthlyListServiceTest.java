package vn.danvan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;
import static vn.danvan.desk.report.MonthlyListFixtures.OCTOBER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionEvent;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.security.Actor;

/** The October 2026 list of a known story, on a real H2 file migrated by Flyway. */
class MonthlyListServiceTest {

    @TempDir
    Path folder;
    MonthlyListFixtures data;

    @BeforeEach
    void open() {
        data = new MonthlyListFixtures(folder.resolve("db"));
    }

    @AfterEach
    void close() {
        data.services.close();
    }

    MonthlyList october() {
        return data.services.monthlyList().list(OCTOBER);
    }

    Map<String, MonthlyListRow> byCode(MonthlyList list) {
        return list.rows().stream().collect(Collectors.toMap(MonthlyListRow::code, Function.identity()));
    }

    @Test
    void theMonthsPetitionsFollowThoseStillOpenAtItsEndOldestFirst() {
        data.untilEndOfOctober().afterOctober();
        MonthlyList list = october();

        assertThat(list.rows()).extracting(MonthlyListRow::code)
                .containsExactlyElementsOf(data.codes(MonthlyListFixtures.EXPECTED_OCTOBER));
        assertThat(list.rows()).filteredOn(MonthlyListRow::carriedOver).extracting(MonthlyListRow::code)
                .containsExactlyElementsOf(data.codes(MonthlyListFixtures.CARRIED_OVER));
        assertThat(list.carriedOver()).isEqualTo(4);
        assertThat(list.receivedInMonth()).isEqualTo(5);
        assertThat(list.office().name()).isEqualTo("UBND xã Tân Lập");
        assertThat(list.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void eachRowShowsThePetitionAsItStoodOnTheLastDayOfTheMonth() {
        data.untilEndOfOctober().afterOctober();
        Map<String, MonthlyListRow> rows = byCode(october());

        // guided on 3 November: still just received at the end of October, no handling, no result
        MonthlyListRow p3 = rows.get(data.code("P3"));
        assertThat(data.current("P3").status()).isEqualTo(PetitionStatus.GUIDED);
        assertThat(p3.status()).isEqualTo(PetitionStatus.RECEIVED);
        assertThat(p3.direction()).isNull();
        assertThat(p3.result()).isNull();
        // accepted on 2 November: received then, with the intake due date, not the settlement one set since
        MonthlyListRow p12 = rows.get(data.code("P12"));
        assertThat(p12.status()).isEqualTo(PetitionStatus.RECEIVED);
        assertThat(p12.dueDate()).isEqualTo(data.asReceived.get("P12").dueDate()).isBefore(data.current("P12").dueDate());
        // extended on 10 November: accepted then, with the due date the extension replaced
        MonthlyListRow p11 = rows.get(data.code("P11"));
        assertThat(p11.status()).isEqualTo(PetitionStatus.ACCEPTED);
        assertThat(p11.direction()).isEqualTo(HandlingDirection.ACCEPT);
        assertThat(data.current("P11").status()).isEqualTo(PetitionStatus.EXTENDED);
        assertThat(p11.dueDate()).isEqualTo(data.current("P11").dueDate().minusDays(30));
        // transferred on 15 October: closed in the month, with where it went
        MonthlyListRow p13 = rows.get(data.code("P13"));
        assertThat(p13.status()).isEqualTo(PetitionStatus.TRANSFERRED);
        assertThat(p13.transferAgency()).isEqualTo(MonthlyListFixtures.AGENCY);
        assertThat(p13.transferDocNo()).isEqualTo("15/CV-UBND");
        assertThat(p13.carriedOver()).isFalse();
    }

    @Test
    void aLaterMonthsChangesLeaveTheListAsItWasExceptALateEnteredResolutionDatedInTheMonth() {
        data.untilEndOfOctober();
        data.clock.setDate(LocalDate.of(2026, 11, 1));
        List<List<String>> before = printed(october());
        data.afterOctober();
        List<List<String>> after = printed(october());

        // P4 was still open on 1 November; its resolution, entered on 5 November, is dated 30 October
        String p4 = data.code("P4");
        assertThat(before).extracting(line -> line.get(1)).contains(p4);
        assertThat(after).extracting(line -> line.get(1)).doesNotContain(p4);
        List<List<String>> beforeWithoutP4 = new ArrayList<>();
        for (List<String> line : before) {
            if (!line.get(1).equals(p4)) {
                beforeWithoutP4.add(line.subList(1, line.size())); // the row number moves up by one
            }
        }
        assertThat(after).extracting(line -> line.subList(1, line.size())).isEqualTo(beforeWithoutP4);
    }

    @Test
    void confidentialAndDenunciationRowsAreMaskedUnlessAnAdminAsksAndThatIsLogged() throws Exception {
        data.untilEndOfOctober().afterOctober();
        Map<String, MonthlyListRow> masked = byCode(october());
        for (String name : List.of("P5", "P6")) {
            MonthlyListRow row = masked.get(data.code(name));
            assertThat(row.masked()).isTrue();
            assertThat(row.petitioner()).isNull();
            assertThat(row.idNumber()).isNull();
            assertThat(row.address()).isNull();
        }
        assertThat(masked.get(data.code("P1")).petitioner()).isEqualTo("Nguyễn Văn Một");
        assertThat(masked.get(data.code("P7")).anonymous()).isTrue();

        Path file = folder.resolve("oct.csv");
        Actor officer = new Actor(null, "canbo", false);
        assertThatThrownBy(() -> data.services.monthlyList().export(OCTOBER, ExportFormat.CSV, file, officer, true,
                ProgressMonitor.NONE)).isInstanceOf(UserException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.report.identitiesAdminOnly");
        assertThat(file).doesNotExist();
        assertThat(auditActions()).doesNotContain("EXPORT_IDENTITIES");

        Actor admin = new Actor(null, "admin", true);
        data.services.monthlyList().export(OCTOBER, ExportFormat.CSV, file, admin, true, ProgressMonitor.NONE);
        assertThat(Files.readString(file)).contains(MonthlyListFixtures.DENOUNCER, MonthlyListFixtures.DENOUNCER_ID,
                MonthlyListFixtures.CONFIDENTIAL_NAME);
        assertThat(auditActions()).containsOnlyOnce("EXPORT_IDENTITIES");
        List<PetitionEvent> history = data.services.petitions().detail(data.id("P5")).history();
        assertThat(history).extracting(PetitionEvent::type).contains(PetitionEventType.IDENTITY_REVEALED);
        assertThat(data.services.petitions().detail(data.id("P1")).history()).extracting(PetitionEvent::type)
                .doesNotContain(PetitionEventType.IDENTITY_REVEALED);
    }

    @Test
    void aFutureMonthIsRefusedAndTheCurrentOneIsListedSoFar() {
        data.untilEndOfOctober().afterOctober();
        assertThatThrownBy(() -> data.services.monthlyList().list(YearMonth.of(2026, 12)))
                .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("messageKey",
                        "error.report.futureMonth");
        MonthlyList november = data.services.monthlyList().list(YearMonth.of(2026, 11));
        assertThat(november.rows()).extracting(MonthlyListRow::code).contains(data.code("P9"), data.code("P1"))
                .doesNotContain(data.code("P3"), data.code("P4"));
    }

    @Test
    void aCancelledExportLeavesNoFileNorHalfFile() throws Exception {
        data.untilEndOfOctober().afterOctober();
        Path file = folder.resolve("oct.xlsx");
        Files.writeString(file, "the previous export");
        ProgressMonitor cancelAtOnce = ProgressMonitor.cancelledWhen(() -> true);
        assertThatThrownBy(() -> data.services.monthlyList().export(OCTOBER, ExportFormat.XLSX, file,
                Actor.system(), false, cancelAtOnce)).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file)).isEqualTo("the previous export");
        try (var names = Files.list(folder)) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private List<String> auditActions() {
        return data.services.database().dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG).fetch(AUDIT_LOG.ACTION);
    }

    /** Every row as printed in the files. */
    static List<List<String>> printed(MonthlyList list) {
        MonthlyListCells cells = new MonthlyListCells(Messages.of(AppLanguage.VI));
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < list.rows().size(); i++) {
            List<String> line = new ArrayList<>();
            for (MonthlyListColumn column : MonthlyListColumn.values()) {
                line.add(cells.text(column, i + 1, list.rows().get(i)));
            }
            lines.add(line);
        }
        return lines;
    }
}
