package vn.danvan.desk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;

/**
 * A disk that fills up while the officer works: the writer runs under {@code ulimit -f}, so the database file cannot
 * grow past a limit and H2's write fails as on a full disk (EFBIG instead of ENOSPC; the JVM ignores SIGXFSZ). The
 * save under way fails with the clear message, and after a restart with room again everything saved before is there.
 */
class DiskFullTest {

    private static final long ROOM_KB = 256;

    @TempDir
    Path folder;

    @TempDir
    Path scratch;

    @Test
    void aFullDiskStopsTheSaveWithAClearMessageAndLosesNothingSaved() throws Exception {
        CrashLedger ledger = new CrashLedger();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CrashTest.markAsTestFolder(folder);
        try (AppServices services = CrashServices.open(folder)) {
            new CrashWriter(services, new Random(1), printed).run(10);
        }
        WriterOutput.feed(printed, ledger);
        Path file = folder.resolve(Database.FILE_NAME + ".mv.db");
        long limitKb = Files.size(file) / 1024 + ROOM_KB;

        ledger.startRun();
        WriterProcess writer = WriterProcess.start(folder, 2, OptionalLong.of(limitKb), ledger, scratch);
        assertThat(writer.awaitExit(600)).as("the writer stops by itself when the disk is full").isTrue();
        assertThat(writer.awaitExit()).as(writer.errors()).isEqualTo(1);
        assertThat(writer.errors()).contains(Messages.of(AppLanguage.VI).get("error.db.writeFailed"))
                .doesNotContain("Exception");
        assertThat(ledger.committedThisRun()).as("it saved some work before the disk was full").isPositive();
        assertThat(Files.size(file)).isLessThanOrEqualTo(limitKb * 1024);

        try (AppServices services = CrashServices.open(folder)) {
            CrashCheck.Findings findings = new CrashCheck(services).check(ledger, 0, 0);
            assertThat(findings.lost()).isEmpty();
            assertThat(findings.damaged()).isEmpty();
            // with room on the disk again, the work goes on
            new CrashWriter(services, new Random(3), OutputStream.nullOutputStream()).run(5);
        }
    }
}
