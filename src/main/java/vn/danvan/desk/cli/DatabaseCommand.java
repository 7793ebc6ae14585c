package vn.danvan.desk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.db.DatabaseOpenException;

/** A command that works on the office's database; accepts {@code --db DIR} before or after its name. */
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

    AppServices services() throws DatabaseOpenException {
        return context.services();
    }

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    abstract int execute() throws Exception;
}
