package vn.danvan.desk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
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
}
