package vn.danvan.desk.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_CODE_SEQUENCE;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.petition.PetitionStatus;

/** The check after a kill finds what a crash could do: lost commits, half-written petitions, stale counters. */
class CrashCheckTest {

    @TempDir
    Path folder;

    private final CrashLedger ledger = new CrashLedger();

    @BeforeEach
    void write() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (AppServices services = TestServices.open(folder)) {
            new CrashWriter(services, new Random(7), printed).run(25);
        }
        WriterOutput.feed(printed, ledger);
    }

    @Test
    void aWholeDatabaseWithEverythingReportedPasses() {
        try (AppServices services = TestServices.open(folder)) {
            CrashCheck.Findings findings = new CrashCheck(services).check(ledger, 0, 0);
            assertThat(findings.lost()).isEmpty();
            assertThat(findings.damaged()).isEmpty();
            assertThat(findings.petitions()).isEqualTo(ledger.petitions().size());
            assertThat(findings.events()).isGreaterThan(findings.petitions());
            assertThat(ledger.committed()).isGreaterThan(ledger.petitions().size());
        }
    }

    @Test
    void aStatusWrittenWithoutItsHistoryEventIsDamage() {
        try (AppServices services = TestServices.open(folder)) {
            UUID id = reportedAt(PetitionStatus.RECEIVED);
            services.database().dsl().update(PETITION).set(PETITION.STATUS, PetitionStatus.SORTING.name())
                    .set(PETITION.ROW_VERSION, PETITION.ROW_VERSION.plus(1)).where(PETITION.ID.eq(id)).execute();
            CrashCheck.Findings findings = new CrashCheck(services).check(ledger, 0, 0);
            String code = ledger.petitions().get(id).code();
            assertThat(findings.damaged()).contains(code + " is SORTING but its newest history event says RECEIVED",
                    code + " is at version 1 with 0 change events",
                    code + " is at version 1, reported 0 with none under way");
            assertThat(findings.lost()).isEmpty();
        }
    }

    @Test
    void anOfficeOrOfficerThatIsNotThereIsDamage() {
        try (AppServices services = TestServices.open(folder)) {
            assertThat(new CrashCheck(services).check(ledger, 0, 0).damaged()).isEmpty();
            // V14 dropped these foreign keys: nothing in the database refuses such a row any more
            services.database().dsl().execute("UPDATE petition SET created_by = RANDOM_UUID() LIMIT 2");
            services.database().dsl().execute("UPDATE petition SET origin_office_id = RANDOM_UUID() LIMIT 1");
            services.database().dsl().execute("UPDATE citizen SET origin_office_id = RANDOM_UUID() LIMIT 1");
            assertThat(new CrashCheck(services).check(ledger, 0, 0).damaged()).containsExactlyInAnyOrder(
                    "2 rows whose petition.created_by points at no row",
                    "1 rows whose petition.origin_office_id points at no row",
                    "1 rows whose citizen.origin_office_id points at no row");
        }
    }

    @Test
    void aTallyThatDisagreesWithThePetitionsIsDamage() {
        try (AppServices services = TestServices.open(folder)) {
            services.database().dsl().execute("UPDATE petition_village_tally SET petitions = petitions + 1"
                    + " WHERE petitions > 0 LIMIT 1");
            services.database().dsl().execute("DELETE FROM petition_month_tally WHERE petitions > 0 LIMIT 1");
            assertThat(new CrashCheck(services).check(ledger, 0, 0).damaged()).contains(
                    "the dashboard's tally petition_village_tally differs from the petitions in 1 combinations of"
                            + " received_month, village_id, origin_office_id",
                    "the dashboard's tally petition_month_tally differs from the petitions in 1 combinations of"
                            + " received_month, status, within_competence, origin_office_id");
        }
    }

    @Test
    void aCommittedChangeOrPetitionThatIsMissingIsLost() {
        try (AppServices services = TestServices.open(folder)) {
            UUID id = reportedAt(PetitionStatus.RECEIVED);
            ledger.accept(new WriterLine(WriterLine.Type.COMMITTED_STATE, id, null, PetitionStatus.SORTING, 1));
            UUID ghost = UUID.randomUUID();
            ledger.accept(new WriterLine(WriterLine.Type.COMMITTED_PETITION, ghost, "KN-2026-99999",
                    PetitionStatus.RECEIVED, 0));
            CrashCheck.Findings findings = new CrashCheck(services).check(ledger, 0, 0);
            assertThat(findings.lost()).containsExactlyInAnyOrder(
                    "committed change of " + ledger.petitions().get(id).code()
                            + " is missing: version 0, reported 1",
                    "committed petition KN-2026-99999 " + ghost + " is missing");
            assertThat(new CrashCheck(services).check(new CrashLedger(), findings.petitions() + 1, 0).lost())
                    .containsExactly("petitions went from " + (findings.petitions() + 1) + " to "
                            + findings.petitions());
        }
    }

    @Test
    void theChangeUnderWayAtTheKillMayHaveCommittedOrNot() {
        try (AppServices services = TestServices.open(folder)) {
            UUID id = reportedAt(PetitionStatus.RECEIVED);
            ledger.accept(new WriterLine(WriterLine.Type.BEGIN_CHANGE, id, null, PetitionStatus.SORTING, 0));
            assertThat(new CrashCheck(services).check(ledger, 0, 0).damaged()).isEmpty();
            services.petitions().change(id, 0, vn.danvan.desk.petition.StatusChange.to(PetitionStatus.SORTING),
                    vn.danvan.desk.security.Actor.system());
            assertThat(new CrashCheck(services).check(ledger, 0, 0).damaged()).isEmpty();
            // the next run knows nothing of what was under way: the change found committed is now expected
            ledger.startRun();
            assertThat(new CrashCheck(services).check(ledger, 0, 0).damaged()).isEmpty();
            assertThat(ledger.petitions().get(id).rowVersion()).isEqualTo(1);
        }
    }

    @Test
    void aPetitionWithoutItsIntakeEventOrACodeCounterBehindIsDamage() {
        try (AppServices services = TestServices.open(folder)) {
            UUID id = reportedAt(PetitionStatus.RECEIVED);
            services.database().dsl().deleteFrom(PETITION_EVENT).where(PETITION_EVENT.PETITION_ID.eq(id)).execute();
            services.database().dsl().update(PETITION_CODE_SEQUENCE).set(PETITION_CODE_SEQUENCE.LAST_VALUE, 0)
                    .execute();
            CrashCheck.Findings findings = new CrashCheck(services).check(ledger, 0, 0);
            assertThat(findings.damaged()).contains(ledger.petitions().get(id).code() + " has no intake event")
                    .anySatisfy(problem -> assertThat(problem).startsWith("code counter "));
        }
    }

    private UUID reportedAt(PetitionStatus status) {
        return ledger.petitions().entrySet().stream()
                .filter(e -> e.getValue().status() == status && e.getValue().rowVersion() == 0)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
