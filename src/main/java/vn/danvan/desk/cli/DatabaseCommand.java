package vn.danvan.desk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.db.DatabaseOpenException;

/**
 * A command that works on the office's (encrypted) database; accepts {@code --db DIR}, {@code --user U} and
 * {@code --password-file F} before or after its name, and logs in before it opens the database.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    final CliContext context;

    DatabaseCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--db", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder of the database (default: $DANVAN_DB, else the per-user data folder).")
    void setDb(Path db) {
        context.setDbOption(db);
    }

    @Option(names = "--user", paramLabel = "U", scope = ScopeType.INHERIT,
            description = "The officer who logs in (default: $DANVAN_USER, else the only officer).")
    void setUser(String user) {
        context.setUser(user);
    }

    @Option(names = "--password-file", paramLabel = "F", scope = ScopeType.INHERIT,
            description = "File whose first line is that officer's password (default: $DANVAN_PASSWORD_FILE, "
                    + "else asked on the terminal). Never give a password as an argument.")
    void setPasswordFile(Path file) {
        context.setPasswordFile(file);
    }

    AppServices services() throws DatabaseOpenException {
        return context.services();
    }

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    abstract int execute() throws Exception;
}
