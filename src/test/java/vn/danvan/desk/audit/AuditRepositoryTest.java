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

    /** Read a page at a time: every matching row once, in chain order, the dates checked on each row. */
    @Test
    void theLogIsReadInChainOrderAcrossPagesWithTheFilterAppliedToEachRow() {
        try (AppServices services = TestServices.open(folder)) {
            java.time.Instant start = java.time.Instant.parse("2026-11-01T00:00:00Z");
            java.util.concurrent.atomic.AtomicInteger minute = new java.util.concurrent.atomic.AtomicInteger();
            java.time.Clock ticking = new java.time.Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return java.time.ZoneOffset.UTC;
                }

                @Override
                public java.time.Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public java.time.Instant instant() {
                    return start.plus(Duration.ofMinutes(minute.getAndIncrement()));
                }
            };
            AuditRepository audit = new AuditRepository(services.database(), ticking, 3);
            Actor admin = new Actor(null, "admin", true);
            Actor clerk = new Actor(null, "canbo", false);
            for (int i = 0; i < 20; i++) {
                audit.append(i % 2 == 0 ? admin : clerk, "UPDATE", "PETITION", UUID.randomUUID(), "row " + i);
            }
            java.util.List<String> all = new java.util.ArrayList<>();
            audit.forEachInOrder(entry -> all.add(entry.details()));
            assertThat(all).hasSize(20).startsWith("row 0", "row 1").endsWith("row 19");
            java.util.List<String> matching = new java.util.ArrayList<>();
            // minutes 5 to 15, clerk's rows only (odd), over pages of three
            audit.forEachMatching(new AuditFilter(start.plus(Duration.ofMinutes(5)),
                    start.plus(Duration.ofMinutes(15)), "CANBO", null, null), entry -> matching.add(entry.details()));
            assertThat(matching).containsExactly("row 5", "row 7", "row 9", "row 11", "row 13");
            java.util.List<String> none = new java.util.ArrayList<>();
            audit.forEachMatching(new AuditFilter(start.minus(Duration.ofDays(2)), start.minus(Duration.ofDays(1)),
                    null, null, null), entry -> none.add(entry.details()));
            assertThat(none).isEmpty();
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
