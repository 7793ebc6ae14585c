package vn.danvan.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.listimport.ListImportOptions;
import vn.danvan.desk.security.Actor;

/**
 * The tallies (V13: by month and status, field, village, due date, resolution date) are kept by a trigger: after
 * every kind of change the app makes to petitions they hold exactly what counting the petition rows gives, counted
 * here in Java from the rows themselves (the running petitions from their status and due date, not from the generated running_due).
 */
class PetitionTallyTest {

    @TempDir
    Path folder;
    DashboardFixtures office;
    DSLContext sql;

    @BeforeEach
    void tellTheStory() {
        office = new DashboardFixtures(folder.resolve("office")).story();
        sql = office.services.database().dsl();
    }

    @AfterEach
    void close() {
        office.services.close();
    }

    @Test
    void afterIntakeStatusChangesAndVoidTheTallyIsTheCountOfThePetitions() {
        assertThat(tally()).isNotEmpty().isEqualTo(recount());
        assertThat(tally().entrySet().stream().filter(e -> e.getKey().startsWith("petition_month_tally|"))
                .mapToInt(Map.Entry::getValue).sum())
                .isEqualTo(sql.fetchCount(sql.selectFrom("petition").where("voided = FALSE")))
                .isGreaterThan(15);
        // the status bar counts its petitions from the month tally: the voided one is not among them
        assertThat(office.services.recordCounts().count().petitions())
                .isEqualTo(sql.fetchCount(sql.selectFrom("petition").where("voided = FALSE")))
                .isLessThan(sql.fetchCount(sql.selectFrom("petition")));
    }

    @Test
    void demoDataWrittenByChunksIsCountedOncePerPetition() {
        office.services.demoData().generate(2_500, 11, done -> { });
        // the generator compacts and closes the database at its end
        try (vn.danvan.desk.AppServices reopened = vn.danvan.desk.TestServices.open(folder.resolve("office"))) {
            sql = reopened.database().dsl();
            assertThat(tally()).isEqualTo(recount());
            assertThat(sql.fetchCount(sql.selectFrom("petition").where("voided = FALSE"))).isGreaterThan(2_500);
        }
    }

    @Test
    void mergingAVillageMovesItsPetitionsInTheTally() {
        office.services.villages().merge(office.villages.get(0), office.villages.get(1));
        assertThat(tally()).isEqualTo(recount());
        assertThat(tally().keySet()).noneMatch(key -> key.contains(office.villages.get(0).toString()));
    }

    @Test
    void anImportedListIsCountedAndARefusedOneLeavesNothing() throws IOException {
        Map<String, Integer> before = tally();
        Path bad = list(folder.resolve("bad.csv"), "05/10/2026", "Kiến nghị", "Không có loại này");
        assertThatThrownBy(() -> importList(bad)).isInstanceOf(RuntimeException.class);
        assertThat(tally()).isEqualTo(before);

        Path good = list(folder.resolve("good.csv"), "05/10/2026", "Kiến nghị", "Phản ánh");
        assertThat(importList(good)).isEqualTo(2);
        assertThat(tally()).isEqualTo(recount()).isNotEqualTo(before);
    }

    @Test
    void aLargeImportAndItsUpdateKeepTheTallyByChunkAndAnUndoneOneLeavesNothing() throws IOException {
        Path first = coded(folder.resolve("first.csv"), 2_500, "RECEIVED");
        assertThat(office.services.listImport().importFile(first, new ListImportOptions(true, true, false),
                Actor.system(), ProgressMonitor.NONE).imported()).isEqualTo(2_500);
        assertThat(tally()).isEqualTo(recount());

        // the same codes with another status, in one transaction (an update): each petition leaves one combination
        Path again = coded(folder.resolve("again.csv"), 2_500, "SORTING");
        assertThat(office.services.listImport().importFile(again, new ListImportOptions(true, true, true),
                Actor.system(), ProgressMonitor.NONE).updated()).isEqualTo(2_500);
        assertThat(tally()).isEqualTo(recount());

        Map<String, Integer> before = tally();
        Path more = coded(folder.resolve("more.csv"), 2_500, "RECEIVED").resolveSibling("more.csv");
        Files.writeString(more, Files.readString(more).replace(",CU/", ",CU2/"));
        ProgressMonitor cancelLate = vn.danvan.desk.StoppingMonitor.at(2_000);
        assertThatThrownBy(() -> office.services.listImport().importFile(more,
                new ListImportOptions(true, true, false), Actor.system(), cancelLate))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(tally()).isEqualTo(before).isEqualTo(recount());
    }

    @Test
    void aRowWrittenEditedAndDeletedOutsideTheServicesIsFollowed() {
        UUID id = UUID.randomUUID();
        sql.execute("INSERT INTO petition (id, code, received_date, channel, kind, field_id, summary, status,"
                + " created_at, updated_at) VALUES (?, 'KN-2026-99999', DATE '2026-11-02', 'POST', 'COMPLAINT', ?,"
                + " 'Tranh chấp ranh giới đất', 'RECEIVED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                id, office.fields.get(0).id());
        assertThat(tally()).isEqualTo(recount());
        sql.execute("UPDATE petition SET received_date = DATE '2024-02-29', competence = 'WITHIN' WHERE id = ?", id);
        assertThat(tally()).isEqualTo(recount());
        sql.execute("UPDATE petition SET due_date = DATE '2024-03-30' WHERE id = ?", id);
        assertThat(tally()).isEqualTo(recount()).containsKey("petition_due_tally|2024-03-30|null");
        sql.execute("UPDATE petition SET status = 'SUSPENDED' WHERE id = ?", id);
        assertThat(tally()).isEqualTo(recount()).doesNotContainKey("petition_due_tally|2024-03-30|null");
        sql.execute("UPDATE petition SET status = 'RESOLVED', resolved_date = DATE '2026-11-20' WHERE id = ?", id);
        assertThat(tally()).isEqualTo(recount()).containsKey("petition_resolved_tally|2026-11-20|true|2024|null");
        sql.execute("UPDATE petition SET voided = TRUE WHERE id = ?", id);
        assertThat(tally()).isEqualTo(recount());
        sql.execute("UPDATE petition SET voided = FALSE WHERE id = ?", id);
        assertThat(tally()).isEqualTo(recount());
        sql.execute("DELETE FROM petition WHERE id = ?", id);
        assertThat(tally()).isEqualTo(recount());
    }

    @Test
    void aRolledBackChangeLeavesTheTallyAsItWas() {
        Map<String, Integer> before = tally();
        assertThatThrownBy(() -> sql.transaction(tx -> {
            tx.dsl().execute("UPDATE petition SET status = 'RESOLVED', resolved_date = DATE '2026-11-24'");
            throw new IllegalStateException("stop");
        })).hasMessageContaining("stop");
        assertThat(tally()).isEqualTo(before).isEqualTo(recount());
    }

    @Test
    void theDashboardChartsReadTheTallyAndNothingDatedAfterToday() {
        sql.execute("INSERT INTO petition (id, code, received_date, channel, kind, field_id, summary, status,"
                + " created_at, updated_at) VALUES (?, 'KN-2026-99998', DATE '2026-11-28', 'POST', 'COMPLAINT', ?,"
                + " 'Đơn ghi ngày sau hôm nay', 'RECEIVED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                UUID.randomUUID(), office.fields.get(0).id());
        DashboardService dashboard = office.services.dashboard();
        var charts = dashboard.charts(dashboard.summary(dashboard.dates()));
        int charted = charts.months().stream().mapToInt(MonthCounts::total).sum();
        LocalDate from = charts.dates().chartStart();
        assertThat(charted).isEqualTo(sql.fetchCount(sql.selectFrom("petition")
                .where("voided = FALSE AND received_date BETWEEN ? AND ?", from, charts.dates().today())));
    }

    @Test
    void anotherOfficesPetitionsAreTalliedButNotOnThisOfficesDashboardOrList() {
        DashboardService dashboard = office.services.dashboard();
        var before = dashboard.summary(dashboard.dates());
        int chartedBefore = dashboard.charts(before).months().stream().mapToInt(MonthCounts::total).sum();
        int listedBefore = office.services.browser().count(vn.danvan.desk.petition.PetitionFilter.all(),
                vn.danvan.desk.security.Actor.system()).count();
        int statusBarBefore = office.services.recordCounts().count().petitions();

        UUID other = UUID.randomUUID();
        sql.execute("INSERT INTO office (id, name, level, province, higher_level_name, is_local, created_at, updated_at)"
                + " VALUES (?, 'UBND xã Bên Cạnh', 'XA', 'Tỉnh Phú Thọ', 'UBND tỉnh Phú Thọ', FALSE, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)", other);
        sql.execute("INSERT INTO petition (id, code, received_date, channel, kind, field_id, summary, status,"
                + " origin_office_id, created_at, updated_at) VALUES (?, 'KN-2026-77777', DATE '2026-11-10', 'POST',"
                + " 'COMPLAINT', ?, 'Đơn của xã bên cạnh', 'RECEIVED', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                UUID.randomUUID(), office.fields.get(0).id(), other);
        assertThat(tally()).isEqualTo(recount());
        assertThat(tally().keySet()).anyMatch(key -> key.endsWith(other.toString()));

        var after = dashboard.summary(dashboard.dates());
        assertThat(after.cards()).isEqualTo(before.cards());
        assertThat(dashboard.charts(after).months().stream().mapToInt(MonthCounts::total).sum())
                .isEqualTo(chartedBefore);
        assertThat(office.services.browser().count(vn.danvan.desk.petition.PetitionFilter.all(),
                vn.danvan.desk.security.Actor.system()).count()).isEqualTo(listedBefore);
        assertThat(office.services.recordCounts().count().petitions()).isEqualTo(statusBarBefore)
                .isEqualTo(sql.fetchCount(sql.selectFrom("petition").where("voided = FALSE AND (origin_office_id IS NULL"
                        + " OR origin_office_id IN (SELECT id FROM office WHERE is_local))")));
    }

    private int importList(Path file) {
        return office.services.listImport().importFile(file, new ListImportOptions(true, true, false),
                Actor.system(), ProgressMonitor.NONE).imported();
    }

    /** The monthly list's columns, as the export writes them. */
    private static final String HEADER = "STT,Mã đơn,Ngày tiếp nhận,Người gửi,Số định danh,\"Thôn, tổ dân phố\",Địa chỉ,"
            + "Số người,Nguồn tiếp nhận,Loại đơn,Lĩnh vực,Nội dung tóm tắt,Hướng xử lý,Đơn vị xử lý,Hạn giải quyết,"
            + "Trạng thái,Ngày giải quyết,Kết quả,Ghi chú";

    /**
     * {@code rows} rows coded the old way (CU/00001 …), received over the months of 2026, in two villages and two
     * fields, all {@code status}.
     */
    private static Path coded(Path file, int rows, String status) throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= rows; i++) {
            lines.add(String.format("%d,CU/%05d,%02d/%02d/2026,Người Số %d,,%s,,1,Tiếp công dân trực tiếp,"
                    + "Kiến nghị,%s,Nội dung %d,,,,%s,,,", i, i, 1 + i % 28, 1 + i % 10, i,
                    i % 3 == 0 ? "Thôn Mới" : "Thôn Đông", i % 2 == 0 ? "Đất đai" : "Môi trường", i, status));
        }
        return Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    /** A list of two rows of the monthly list's columns; the second row's kind is {@code secondKind}. */
    private static Path list(Path file, String date, String firstKind, String secondKind) throws IOException {
        String first = "1,," + date + ",Nguyễn Văn Nhập,,Thôn Mới,,1,Tiếp công dân trực tiếp," + firstKind
                + ",Đất đai,Đề nghị làm đường,,,,Mới tiếp nhận,,,";
        String second = "2,," + date + ",Trần Thị Nhập,,Thôn Đông,,1,Tiếp công dân trực tiếp," + secondKind
                + ",Môi trường,Phản ánh rác thải,,,,Mới tiếp nhận,,,";
        return Files.writeString(file, "\uFEFF" + String.join("\r\n", List.of(HEADER, first, second)) + "\r\n",
                StandardCharsets.UTF_8);
    }

    /** Every tally's rows with a count, keyed by table and key values. */
    private Map<String, Integer> tally() {
        Map<String, Integer> counts = new HashMap<>();
        for (PetitionTally tally : PetitionTally.values()) {
            for (Record r : sql.fetch(tally.tallySql())) {
                List<String> key = new java.util.ArrayList<>(List.of(tally.table()));
                for (int i = 0; i < tally.columns().size(); i++) {
                    key.add(text(r.get(i)));
                }
                counts.put(String.join("|", key), r.get(tally.columns().size(), Integer.class));
            }
        }
        return counts;
    }

    /** The same counts made from the petition rows in Java. */
    private Map<String, Integer> recount() {
        Map<String, Integer> counts = new HashMap<>();
        for (Record r : sql.fetch("SELECT received_date, status, competence, field_id, village_id, origin_office_id,"
                + " voided, due_date, resolved_date FROM petition")) {
            LocalDate received = r.get(0, LocalDate.class);
            String status = r.get(1, String.class);
            String within = String.valueOf("WITHIN".equals(r.get(2, String.class)));
            String office = text(r.get(5));
            boolean voided = r.get(6, Boolean.class);
            LocalDate due = r.get(7, LocalDate.class);
            LocalDate resolved = r.get(8, LocalDate.class);
            if (!voided) {
                String month = received.withDayOfMonth(1).toString();
                count(counts, "petition_month_tally", month, status, within, office);
                count(counts, "petition_field_tally", month, text(r.get(3)), office);
                count(counts, "petition_village_tally", month, text(r.get(4)), office);
                if (resolved != null) {
                    count(counts, "petition_resolved_tally", resolved.toString(), within,
                            String.valueOf(received.getYear()), office);
                }
                if (vn.danvan.desk.petition.PetitionStatus.valueOf(status).clockRunning() && due != null) {
                    count(counts, "petition_due_tally", due.toString(), office);
                }
            }
        }
        return counts;
    }

    private static void count(Map<String, Integer> counts, String... key) {
        counts.merge(String.join("|", key), 1, Integer::sum);
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return String.valueOf(value);
    }
}
