package vn.danvan.desk.crash;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** What an in-process writer printed, fed to a ledger as the parent reads a writer process. */
final class WriterOutput {

    private WriterOutput() {
    }

    static void feed(ByteArrayOutputStream printed, CrashLedger ledger) {
        printed.toString(StandardCharsets.UTF_8).lines().forEach(line -> WriterLine.parse(line)
                .ifPresent(ledger::accept));
    }
}
