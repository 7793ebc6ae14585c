package vn.danvan.desk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.security.Actor;

class AuditRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void eachRowIsChainedToThePreviousOneByItsHash() {
        try (AppServices services = TestServices.open(folder)) {
            AuditRepository audit = new AuditRepository(services.database(),
                    java.time.Clock.fixed(TestServices.NOW, java.time.ZoneOffset.UTC));
            Actor actor = new Actor(null, "admin", true);
            UUID record = UUID.randomUUID();
            audit.append(actor, "VOID", "PETITION", record, "KN-2026-00001: nhập nhầm");
            audit.append(actor, "REVEAL_IDENTITY", "PETITION", record, "KN-2026-00001");

            var rows = services.database().dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetch();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getPrevHash()).isNull();
            assertThat(rows.get(1).getPrevHash()).isEqualTo(rows.get(0).getRowHash());
            var first = rows.get(0);
            assertThat(first.getRowHash()).isEqualTo(AuditRepository.hash(null, first.getId(), first.getOccurredAt(),
                    actor, "VOID", "PETITION", record, "KN-2026-00001: nhập nhầm"));
            // an edit of the details outside the app no longer matches the stored hash
            assertThat(first.getRowHash()).isNotEqualTo(AuditRepository.hash(null, first.getId(),
                    first.getOccurredAt(), actor, "VOID", "PETITION", record, "KN-2026-00001"));
        }
    }

    /**
     * Two transactions appending at the same time: the second waits for the first to end, longer than H2's own
     * two-second lock wait, and then chains to the first's row. Before V15 both chained to the same row and the
     * verification reported a broken log.
     */
    @Test
    void twoTransactionsAppendingAtOnceKeepOneChain() throws Exception {
        try (AppServices services = TestServices.open(folder)) {
            AuditRepository audit = new AuditRepository(services.database(), java.time.Clock.systemUTC());
            Transactions transactions = services.database().transactions();
            Actor actor = new Actor(null, "admin", true);
            audit.append(actor, "CREATE", "PETITION", UUID.randomUUID(), "before");
            CountDownLatch firstAppended = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = threads.submit(() -> transactions.run(() -> {
                    audit.append(actor, "IMPORT", "PETITION_LIST", UUID.randomUUID(), "first, held open");
                    firstAppended.countDown();
                    sleep(Duration.ofMillis(2_600));
                }));
                assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();
                long started = System.nanoTime();
                // the second outside any transaction of its own: the append takes one for its row
                Future<?> second = threads.submit(() ->
                        audit.append(actor, "UPDATE", "PETITION", UUID.randomUUID(), "second"));
                first.get(30, TimeUnit.SECONDS);
                second.get(30, TimeUnit.SECONDS);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(2_000));
            } finally {
                threads.shutdownNow();
            }

            var rows = services.database().dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetch();
            assertThat(rows).extracting(r -> r.getDetails()).containsExactly("before", "first, held open", "second");
            assertThat(rows.get(2).getPrevHash()).isEqualTo(rows.get(1).getRowHash());
            AuditVerification verification = new AuditService(audit).verify();
            assertThat(verification.firstBrokenSeq()).as(verification.reason()).isEmpty();
        }
    }

    /** A transaction that appended and then fails leaves the chain as it was; the next append chains to the last. */
    @Test
    void anAppendUndoneWithItsTransactionLeavesTheChainWhole() {
        try (AppServices services = TestServices.open(folder)) {
            AuditRepository audit = new AuditRepository(services.database(), java.time.Clock.systemUTC());
            Actor actor = new Actor(null, "admin", true);
            audit.append(actor, "CREATE", "PETITION", UUID.randomUUID(), "kept");
            assertThatThrownBy(() -> services.database().transactions().run(() -> {
                audit.append(actor, "UPDATE", "PETITION", UUID.randomUUID(), "undone");
                throw new IllegalStateException("the change failed");
            })).hasMessage("the change failed");
            audit.append(actor, "UPDATE", "PETITION", UUID.randomUUID(), "after");

            var rows = services.database().dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetch();
            assertThat(rows).extracting(r -> r.getDetails()).containsExactly("kept", "after");
            assertThat(new AuditService(audit).verify().firstBrokenSeq()).isEmpty();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
