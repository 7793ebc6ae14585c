package vn.danvan.desk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.Startup;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.security.keys.RecoveryKey;

/**
 * {@code recover --recovery-key-file K --user U --new-password-file F}: the office's recovery key opens the data
 * (even without {@code danvan.keys}) and sets a new password for one active officer.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Open the data with the office's recovery key and set a new password for one officer.")
final class RecoverCommand extends DatabaseCommand {

    @Option(names = "--recovery-key-file", required = true, paramLabel = "K",
            description = "File whose first line is the recovery key shown at set-up.")
    Path recoveryKeyFile;

    @Option(names = "--new-password-file", required = true, paramLabel = "F",
            description = "File whose first line is the officer's new password.")
    Path newPasswordFile;

    RecoverCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        String user = context.user().orElseThrow(() -> new UserException("cli.error.userNeeded"));
        RecoveryKey key = RecoveryKey.parse(InitCommand.readPassword(recoveryKeyFile))
                .orElseThrow(() -> new UserException("recovery.ask.badKey"));
        String password = InitCommand.readPassword(newPasswordFile);
        try (var signedIn = Startup.of(context.dataFolder()).recover(key, user, password).services()) {
            context.out().println(context.messages().get("cli.recover.done", user.strip(), context.dataFolder()));
        }
        return 0;
    }
}
