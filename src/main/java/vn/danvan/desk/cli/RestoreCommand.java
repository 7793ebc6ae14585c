package vn.danvan.desk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danvan.desk.backup.BackupUnlock;
import vn.danvan.desk.backup.RestoreService;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.keys.KeyVault;
import vn.danvan.desk.security.keys.RecoveryKey;

/**
 * {@code restore FILE [--recovery-key-file K]}: checks the backup completely, then replaces the data folder's
 * database, attachments and key file by it, keeping the current ones in {@code before-restore-…/}. Opened with an
 * officer's password through the backup's own key file ({@code --user}, {@code --password-file}) or with the
 * office's recovery key. A bad, changed or newer backup exits with 2 and changes nothing.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Check a backup, then replace the data with it (the current data is kept aside).")
final class RestoreCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.dvbak).")
    Path file;

    @Option(names = "--recovery-key-file", paramLabel = "K",
            description = "File whose first line is the office's recovery key (instead of an officer's password).")
    Path recoveryKeyFile;

    RestoreCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        BackupUnlock unlock;
        String who;
        if (recoveryKeyFile != null) {
            unlock = new BackupUnlock.WithRecoveryKey(RecoveryKey.parse(InitCommand.readPassword(recoveryKeyFile))
                    .orElseThrow(() -> new UserException("recovery.ask.badKey")));
            who = "recovery-key";
        } else {
            who = context.user().orElseThrow(() -> new UserException("cli.restore.keyNeeded"));
            char[] password = context.password(who);
            unlock = new BackupUnlock.WithPassword(who, password);
            Arrays.fill(password, '\0');
        }
        Path folder = context.dataFolder();
        RestoreService restorer = new RestoreService(folder, Clock.systemUTC(), OfficeClock.ZONE,
                KeyVault.DEFAULT_ITERATIONS);
        RestoreService.Prepared prepared = restorer.prepare(file, unlock, ProgressMonitor.NONE);
        RestoreService.Restored restored = restorer.apply(prepared, new Actor(null, who, true));
        var counts = restored.manifest().counts();
        String made = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(Instant.parse(restored.manifest().createdAt()).atZone(OfficeClock.ZONE));
        context.out().println(restored.keptAside() == null
                ? context.messages().get("cli.restore.doneEmpty", made, folder, counts.petitions(), counts.citizens(),
                        counts.attachments())
                : context.messages().get("cli.restore.done", made, folder, counts.petitions(), counts.citizens(),
                        counts.attachments(), restored.keptAside()));
        return CommandLineApp.OK;
    }
}
