package vn.danvan.desk.common.db;

import vn.danvan.desk.TestServices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void firstOpenCreatesTheWholeDomainSchemaAndSeedsTheFields() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            List<String> tables = database.dsl().fetch(
                    "select table_name from information_schema.tables where table_schema = 'PUBLIC'")
                    .getValues(0, String.class);
            assertThat(tables).contains("OFFICE", "OFFICER", "VILLAGE", "CITIZEN", "PETITION", "PETITION_EVENT",
                    "PETITION_LINK", "DIALOGUE_SESSION", "OPINION", "ATTACHMENT", "AUDIT_LOG", "PETITION_FIELD",
                    "HANDLING_UNIT", "DEADLINE_RULE", "CALENDAR_DAY", "MOBILIZATION_MODEL", "PETITION_SEARCH", "PETITION_WORD_BLOCK",
                    "IMPORT_RUN", "IMPORT_RUN_CREATED");
            assertThat(database.dsl().fetchCount(database.dsl().selectOne().from("DEADLINE_RULE"))).isEqualTo(25);
            assertThat(database.dsl().fetchCount(database.dsl().selectOne().from("PETITION_FIELD"))).isEqualTo(14);
            assertThat(database.schemaVersion()).isEqualTo("15");
        }
        assertThat(Files.exists(folder.resolve("danvan.mv.db"))).isTrue();
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            database.dsl().execute("delete from petition_field where sort_order = 140");
        }
        try (Database database = Database.open(folder, TestServices.KEY)) {
            assertThat(database.dsl().fetchCount(database.dsl().selectOne().from("PETITION_FIELD"))).isEqualTo(13);
        }
    }

    @Test
    void theTalliesMigrationStoppedHalfWayRunsAgainAtTheNextOpening() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            // as if the program had stopped after V13's first table: one table made, with a row, and no record of it
            database.dsl().execute("insert into petition_month_tally (received_month, status, within_competence,"
                    + " petitions) values (date '2026-11-01', 'RECEIVED', false, 7)");
            database.dsl().execute("drop table petition_due_tally");
            database.dsl().execute("drop trigger petition_tallies_kept");
            database.dsl().execute("delete from audit_lock");
            database.dsl().execute("delete from \"flyway_schema_history\" where \"version\" in ('13', '14', '15')");
        }
        try (Database database = Database.open(folder, TestServices.KEY)) {
            assertThat(database.schemaVersion()).isEqualTo("15");
            assertThat(database.dsl().fetchCount(database.dsl().selectOne().from("PETITION_MONTH_TALLY"))).isZero();
            assertThat(database.dsl().fetchCount(database.dsl().selectOne().from("PETITION_DUE_TALLY"))).isZero();
            assertThat(database.dsl().fetch("select distinct trigger_name from information_schema.triggers")
                    .getValues(0, String.class)).containsExactly("PETITION_TALLIES_KEPT");
            // V15 too, over its table left without its row
            assertThat(database.dsl().fetch("select id from audit_lock").getValues(0, Integer.class))
                    .containsExactly(1);
        }
    }

    @Test
    void petitionsAndPeopleKeepTheirForeignKeysButNotThoseToOfficesAndOfficers() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            List<String> keys = database.dsl().fetch("""
                    select tc.table_name || '.' || k.column_name || ' -> ' || p.table_name
                    from information_schema.table_constraints tc
                    join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name
                    join information_schema.referential_constraints r on r.constraint_name = tc.constraint_name
                    join information_schema.table_constraints p on p.constraint_name = r.unique_constraint_name
                    where tc.constraint_type = 'FOREIGN KEY'
                      and tc.table_name in ('PETITION', 'CITIZEN', 'PETITION_EVENT')""").getValues(0, String.class);
            assertThat(keys).containsExactlyInAnyOrder(
                    "PETITION.FIELD_ID -> PETITION_FIELD", "PETITION.PETITIONER_ID -> CITIZEN",
                    "PETITION.VILLAGE_ID -> VILLAGE", "PETITION.HANDLING_UNIT_ID -> HANDLING_UNIT",
                    "PETITION.DIALOGUE_SESSION_ID -> DIALOGUE_SESSION", "CITIZEN.VILLAGE_ID -> VILLAGE",
                    "PETITION_EVENT.PETITION_ID -> PETITION", "PETITION_EVENT.OFFICER_ID -> OFFICER");
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            database.dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                    + "\"success\") values (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 1, true)");
        }
        assertThatThrownBy(() -> Database.open(folder, TestServices.KEY))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.NEWER_SCHEMA));
    }

    @Test
    void aFolderThatCannotBeCreatedGivesNotWritable() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        assertThatThrownBy(() -> Database.open(file.resolve("db"), TestServices.KEY))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.NOT_WRITABLE));
    }

    @Test
    void transactionsRollBackEverythingOnFailure() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            try {
                database.transactions().run(() -> {
                    database.dsl().execute("delete from petition_field");
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the delete must be rolled back
            }
            assertThat(database.dsl().fetchCount(database.dsl().selectOne().from("PETITION_FIELD"))).isEqualTo(14);
        }
    }

    @Test
    void anotherKeyIsReportedAsTheWrongKeyAndChangesNothing() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            database.dsl().execute("delete from petition_field where sort_order = 140");
        }
        byte[] before = Files.readAllBytes(folder.resolve("danvan.mv.db"));
        byte[] other = new byte[32];
        java.util.Arrays.fill(other, (byte) 5);
        assertThatThrownBy(() -> Database.open(folder, DataKey.of(other)))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.WRONG_KEY));
        assertThat(Files.readAllBytes(folder.resolve("danvan.mv.db"))).isEqualTo(before);
        try (Database database = Database.open(folder, TestServices.KEY)) {
            assertThat(database.dsl().fetchCount(database.dsl().selectOne().from("PETITION_FIELD"))).isEqualTo(13);
        }
    }

    @Test
    void theBackupHoldsTheFileAsStoredStillEncryptedAndItOpens() throws Exception {
        Path register = folder.resolve("register");
        Path zip = folder.resolve("copy.zip");
        try (Database database = Database.open(register, TestServices.KEY)) {
            database.dsl().execute("delete from petition_field where sort_order = 140");
            database.backupTo(zip);
            database.dsl().execute("delete from petition_field where sort_order = 130");
        }
        Path restored = folder.resolve("restored");
        Files.createDirectories(restored);
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("danvan.mv.db");
            byte[] stored = in.readAllBytes();
            assertThat(new String(stored, 0, 10, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("H2encrypt\n");
            assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("PETITION_FIELD");
            Files.write(restored.resolve("danvan.mv.db"), stored);
            assertThat(in.getNextEntry()).isNull();
        }
        try (Database database = Database.open(restored, TestServices.KEY)) {
            assertThat(database.dsl().fetchCount(database.dsl().selectOne().from("PETITION_FIELD"))).isEqualTo(13);
        }
    }

    /**
     * The register's file is encrypted by {@link EncryptedFiles}, not by H2's own CIPHER, so a query result H2 spilled
     * to the temp folder would be written there in clear text: no result may leave memory, whatever its size.
     */
    @Test
    void largeResultsNeverSpillToTheTempFolder() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        // twice what H2 keeps in memory by default for this heap (it scales 40,000 rows by the heap's GB)
        int rows = Math.max(20_000, 2 * org.h2.engine.SysProperties.MAX_MEMORY_ROWS);
        List<String> spilled = new java.util.ArrayList<>();
        try (Database database = Database.open(folder, TestServices.KEY);
             java.nio.file.WatchService watch = temp.getFileSystem().newWatchService()) {
            temp.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            var dsl = database.dsl();
            // a sort and a distinct of more rows than that (an update or delete gathers its rows the same way, under
            // the same setting, checked below)
            assertThat(dsl.fetch("select x from system_range(1, ?) order by x desc", rows)).hasSize(rows);
            assertThat(dsl.fetch("select distinct mod(x, ?) from system_range(1, ?)", rows, rows)).hasSize(rows);
            for (var key = watch.poll(1, java.util.concurrent.TimeUnit.SECONDS); key != null; key = watch.poll()) {
                key.pollEvents().stream().map(event -> String.valueOf(event.context()))
                        .filter(name -> name.startsWith("h2tmp")).forEach(spilled::add);
                key.reset();
            }
            assertThat(spilled).isEmpty();
            assertThat(String.valueOf(dsl.fetchValue("select setting_value from information_schema.settings"
                    + " where setting_name = 'MAX_MEMORY_ROWS'"))).isEqualTo(String.valueOf(Integer.MAX_VALUE));
        }
    }

    /** H2's trace file is not encrypted, and its error messages can quote the values written. */
    @Test
    void errorsLeaveNoTraceFileWithTheValueInClear() throws Exception {
        Files.writeString(folder.resolve("danvan.trace.db"), "left by an older version: Nguyễn Văn A");
        try (Database database = Database.open(folder, TestServices.KEY)) {
            assertThatThrownBy(() -> database.dsl().execute(
                    "insert into petition_field (id, name, name_search, sort_order, active, created_at, updated_at)"
                            + " values (random_uuid(), ?, 'x', 999, true, current_timestamp, current_timestamp)",
                    "Trần Thị Bí Mật ".repeat(100)))
                    .hasMessageContaining("Value too long");
        }
        assertThat(folder.resolve("danvan.trace.db")).doesNotExist();
    }
}
