package vn.danvan.desk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short form of {@code crash-test}: a real writer JVM killed with SIGKILL five times on one database (once while
 * it creates and migrates it, then while it writes, once more during a start-up), the database checked after each.
 */
class CrashSafetyTest {

    @TempDir
    Path folder;

    @Test
    void nothingCommittedIsLostAndNothingIsHalfWrittenAfterKillsAtRandomMoments() throws Exception {
        List<CrashTest.Run> runs = new ArrayList<>();
        CrashTest.Result result = new CrashTest(new CrashTest.Options(folder, 5, 20261124L, 500)).run(runs::add);

        // each run: killed by SIGKILL (exit 137), the second opening refused, nothing lost, nothing damaged
        assertThat(runs).hasSize(5).allSatisfy(run -> {
            assertThat(run.errors()).as("run %d", run.number()).isEmpty();
            assertThat(run.lost()).as("run %d", run.number()).isEmpty();
            assertThat(run.damaged()).as("run %d", run.number()).isEmpty();
        });
        assertThat(runs).extracting(CrashTest.Run::moment).containsExactly(CrashTest.Moment.START_UP,
                CrashTest.Moment.WRITING, CrashTest.Moment.WRITING, CrashTest.Moment.WRITING,
                CrashTest.Moment.START_UP);
        assertThat(runs).anySatisfy(run -> assertThat(run.committed()).isPositive());
        assertThat(result.passed()).isTrue();
        assertThat(result.committed()).isEqualTo(runs.stream().mapToLong(CrashTest.Run::committed).sum());
    }
}
