package vn.danvan.desk.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.common.db.StorageFailures;

/**
 * The command-line face of the app. Exit codes: 0 success, 2 bad usage or bad input (one line on stderr),
 * 1 anything unexpected (one line on stderr, the details in the log).
 */
public final class CommandLineApp {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    private static final Logger LOG = LoggerFactory.getLogger(CommandLineApp.class);
    private static final Set<String> ENTRY_WORDS = Set.of("-h", "--help", "-V", "--version", "help");

    private CommandLineApp() {
    }

    /** Whether {@code args} ask for the command line rather than the window. */
    public static boolean wantsCommandLine(String[] args) {
        CommandLine probe = build(new CliContext(Map.of(), new PrintWriter(PrintWriter.nullWriter()),
                new PrintWriter(PrintWriter.nullWriter())));
        for (String arg : args) {
            if (ENTRY_WORDS.contains(arg) || probe.getSubcommands().containsKey(arg)) {
                return true;
            }
        }
        return false;
    }

    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        try (CliContext context = new CliContext(environment, out, err)) {
            CommandLine commandLine = build(context);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> handle(error, context));
            commandLine.setParameterExceptionHandler((error, parsedArgs) -> {
                err.println(error.getMessage());
                err.flush();
                return BAD_INPUT;
            });
            int code = commandLine.execute(args);
            out.flush();
            err.flush();
            return code;
        }
    }

    private static int handle(Exception error, CliContext context) {
        PrintWriter err = context.err();
        if (error instanceof UserException userError) {
            err.println(context.messages().of(userError));
            err.flush();
            return BAD_INPUT;
        }
        if (error instanceof DatabaseOpenException openError) {
            LOG.warn("Cannot open database: {}", openError.getMessage(), openError);
            err.println(context.messages().get(openError.messageKey(), context.dataFolder()));
            err.flush();
            return FAILURE;
        }
        if (StorageFailures.isWriteFailure(error)) {
            LOG.error("Command failed: the database file cannot be written", error);
            err.println(context.messages().get(StorageFailures.MESSAGE_KEY));
            err.flush();
            return FAILURE;
        }
        LOG.error("Command failed", error);
        err.println(context.messages().get("cli.error.unexpected", String.valueOf(error.getMessage())));
        err.flush();
        return FAILURE;
    }

    private static CommandLine build(CliContext context) {
        CommandLine.IFactory factory = new CommandFactory(context);
        return new CommandLine(new RootCommand(context), factory)
                .addSubcommand(new CommandLine(InitCommand.class, factory))
                .addSubcommand(new CommandLine(RecoverCommand.class, factory))
                .addSubcommand(new CommandLine(AuditCommand.class, factory))
                .addSubcommand(new CommandLine(VillagesCommand.class, factory))
                .addSubcommand(new CommandLine(DialoguesCommand.class, factory))
                .addSubcommand(new CommandLine(GenerateDemoCommand.class, factory))
                .addSubcommand(new CommandLine(BenchCommand.class, factory))
                .addSubcommand(new CommandLine(HolidaysCommand.class, factory))
                .addSubcommand(new CommandLine(ExportCommand.class, factory))
                .addSubcommand(new CommandLine(CrashTestCommand.class, factory))
                .addSubcommand(new CommandLine(CrashWriterCommand.class, factory))
                .addSubcommand(new CommandLine(ReportCommand.class, factory))
                .addSubcommand(new CommandLine(ImportCommand.class, factory))
                .addSubcommand(new CommandLine(BackupCommand.class, factory))
                .addSubcommand(new CommandLine(RestoreCommand.class, factory))
                .addSubcommand(new CommandLine(CitizenCommand.class, factory))
                .addSubcommand(new CommandLine(PackageCommand.class, factory));
    }

    @Command(name = "danvan-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Sổ Dân Vận: the register of citizen dialogues and petitions.",
                    "Without a command, opens the window (use --db DIR to choose the data folder)."})
    static final class RootCommand implements Runnable {

        private final CliContext context;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        RootCommand(CliContext context) {
            this.context = context;
        }

        @picocli.CommandLine.Option(names = "--db", paramLabel = "DIR",
                description = "Data folder of the database (default: $DANVAN_DB, else the per-user data folder).")
        void setDb(java.nio.file.Path db) {
            context.setDbOption(db);
        }

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** Gives every command the shared context through its constructor. */
    private static final class CommandFactory implements CommandLine.IFactory {

        private final CliContext context;

        CommandFactory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
