package vn.danvan.desk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.io.Console;
import java.util.Arrays;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.Startup;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.security.keys.RecoveryKey;
import vn.danvan.desk.setup.SetupRequest;
import vn.danvan.desk.common.db.DataLocation;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.settings.LocalPreferences;

/** What a command needs: the chosen data folder, the open services, the output streams and the messages. */
final class CliContext implements AutoCloseable {

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private Path dbOption;
    private String user;
    private Path passwordFile;
    private AppServices services;
    private Officer officer;

    CliContext(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    void setDbOption(Path dbOption) {
        this.dbOption = dbOption;
    }

    void setUser(String user) {
        this.user = user;
    }

    Optional<String> user() {
        return Optional.ofNullable(user).or(() -> Optional.ofNullable(environment.get("DANVAN_USER")));
    }

    void setPasswordFile(Path passwordFile) {
        this.passwordFile = passwordFile;
    }

    Path dataFolder() {
        return DataLocation.resolve(Optional.ofNullable(dbOption), environment, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * The services over the chosen database, opened (and migrated) on first use after logging in: {@code --user}
     * (else {@code $DANVAN_USER}, else the only officer who has a key), the password from {@code --password-file}
     * (else the file named by {@code $DANVAN_PASSWORD_FILE}, else asked on the terminal). Never from an argument.
     */
    AppServices services() throws DatabaseOpenException {
        if (services == null) {
            Startup startup = Startup.of(dataFolder());
            if (startup.state() == Startup.State.NEW) {
                throw new UserException("cli.error.notSetUp", dataFolder());
            }
            String name = Optional.ofNullable(user).or(() -> Optional.ofNullable(environment.get("DANVAN_USER")))
                    .or(startup::onlyOfficer)
                    .orElseThrow(() -> new UserException("cli.error.userNeeded"));
            char[] password = password(name);
            try {
                Startup.SignedIn signedIn = startup.logIn(name, password);
                services = signedIn.services();
                officer = signedIn.officer();
                signedIn.newRecoveryKey().ifPresent(this::printRecoveryKey);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        return services;
    }

    /** {@code init}: the keys, the encrypted database, the office and its admin; prints the recovery key. */
    Officer setUp(SetupRequest request) throws DatabaseOpenException {
        Startup.SignedIn signedIn = Startup.of(dataFolder()).setUp(request);
        services = signedIn.services();
        officer = signedIn.officer();
        signedIn.newRecoveryKey().ifPresent(this::printRecoveryKey);
        return officer;
    }

    /** Who the audit log names for this command: the officer who logged in. */
    Actor actor() {
        return officer == null ? Actor.system() : Actor.of(officer);
    }

    Optional<Officer> officer() {
        return Optional.ofNullable(officer);
    }

    char[] password(String name) {
        Path file = Optional.ofNullable(passwordFile)
                .or(() -> Optional.ofNullable(environment.get("DANVAN_PASSWORD_FILE")).map(Path::of))
                .orElse(null);
        if (file != null) {
            return InitCommand.readPassword(file).toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserException("cli.error.passwordNeeded");
        }
        char[] typed = console.readPassword("%s", messages().get("cli.login.prompt", name));
        if (typed == null || typed.length == 0) {
            throw new UserException("cli.error.passwordNeeded");
        }
        return typed;
    }

    private void printRecoveryKey(RecoveryKey key) {
        out.println(messages().get("cli.recovery.header"));
        out.println();
        out.println("    " + key.display());
        out.println();
        out.println(messages().get("cli.recovery.explanation"));
        out.flush();
    }

    /** The messages in the language chosen for this data folder (Vietnamese unless set otherwise). */
    Messages messages() {
        return Messages.of(new LocalPreferences(dataFolder()).language());
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    @Override
    public void close() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
