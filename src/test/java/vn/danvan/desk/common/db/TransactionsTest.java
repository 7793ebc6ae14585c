package vn.danvan.desk.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.TestServices;

/** When a commit is forced to the disk: after the outermost transaction, never inside a deferred bulk write. */
class TransactionsTest {

    @TempDir
    Path folder;

    @Test
    void theOutermostCommitIsForcedToTheDiskOnceAfterItsRowsAreCommitted() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            List<Integer> villagesSeenWhenForced = new ArrayList<>();
            Transactions transactions = new Transactions(database.dsl(),
                    () -> villagesSeenWhenForced.add(count(database)));

            transactions.run(() -> {
                insertVillage(database, "Thôn Đông");
                transactions.run(() -> insertVillage(database, "Thôn Tây"));
                assertThat(villagesSeenWhenForced).as("a nested transaction waits for the outermost").isEmpty();
            });
            int added = transactions.inTransaction(() -> insertVillage(database, "Thôn Nam"));

            assertThat(added).isEqualTo(1);
            // each force came after its transaction's rows were committed, once per outermost transaction
            assertThat(villagesSeenWhenForced).containsExactly(2, 3);
        }
    }

    @Test
    void aTransactionThatFailsCommitsNothingAndForcesNothing() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            List<String> forced = new ArrayList<>();
            Transactions transactions = new Transactions(database.dsl(), () -> forced.add("forced"));

            assertThatThrownBy(() -> transactions.run(() -> {
                insertVillage(database, "Thôn Đông");
                throw new IllegalStateException("the change failed");
            })).hasMessage("the change failed");
            transactions.run(() -> insertVillage(database, "Thôn Tây"));

            assertThat(count(database)).isEqualTo(1);
            assertThat(forced).hasSize(1);
        }
    }

    @Test
    void commitsOfADeferredBulkWriteWaitForTheScopeToCloseWhichForcesEverything() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            List<String> forced = new ArrayList<>();
            Transactions transactions = new Transactions(database.dsl(), () -> forced.add("forced"));

            try (Transactions.DeferredWrites deferred = transactions.deferWrites(500)) {
                transactions.run(() -> insertVillage(database, "Thôn Đông"));
                transactions.run(() -> insertVillage(database, "Thôn Tây"));
                assertThat(writeDelay(database)).isEqualTo("500");
            }
            assertThat(forced).isEmpty();
            assertThat(writeDelay(database)).isEqualTo("0");

            transactions.run(() -> insertVillage(database, "Thôn Nam"));
            assertThat(forced).hasSize(1);
            assertThat(count(database)).isEqualTo(3);
        }
    }

    @Test
    void theRealForceIsH2sCheckpointSyncAndLeavesTheDataAsItWas() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            database.transactions().run(() -> insertVillage(database, "Thôn Đông"));
        }
        try (Database database = Database.open(folder, TestServices.KEY)) {
            assertThat(count(database)).isEqualTo(1);
        }
    }

    private static int insertVillage(Database database, String name) {
        return database.dsl().execute("insert into village (id, name, name_search, kind, created_at, updated_at)"
                + " values (random_uuid(), ?, lower(?), 'THON', current_timestamp, current_timestamp)", name, name);
    }

    private static int count(Database database) {
        return database.dsl().fetchCount(database.dsl().selectOne().from("VILLAGE"));
    }

    private static String writeDelay(Database database) {
        return String.valueOf(database.dsl().fetchValue("select max(setting_value) from information_schema.settings"
                + " where setting_name = 'WRITE_DELAY'"));
    }
}
