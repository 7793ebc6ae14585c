package vn.danvan.desk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.backup.BackupService;
import vn.danvan.desk.common.ProgressMonitor;

/** {@code backup --out FILE}: writes an encrypted backup of the office's data (logs in like every command). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write an encrypted backup (database, attachments, key file, manifest) to FILE.")
final class BackupCommand extends DatabaseCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The backup file to write (replaced if it exists), e.g. /media/usb/danvan.dvbak.")
    Path out;

    BackupCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        BackupService.BackupResult result = services().backups().backup(out, context.actor(), ProgressMonitor.NONE);
        var counts = result.manifest().counts();
        context.out().println(context.messages().get("cli.backup.done", result.file(), counts.petitions(),
                counts.citizens(), counts.dialogueSessions(), counts.attachments(),
                String.format(java.util.Locale.ROOT, "%.1f", result.bytes() / 1_048_576.0),
                String.format(java.util.Locale.ROOT, "%.1f", result.millis() / 1000.0)));
        return CommandLineApp.OK;
    }
}
