package vn.danvan.desk.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.handover.PackageCounts;
import vn.danvan.desk.handover.PackageService;

/**
 * {@code package export|import|fingerprint}: hand-over packages for the higher level (README, "Gói dữ liệu bàn
 * giao"). The passphrase comes from {@code --passphrase-file} (first line) or is asked on the terminal, never from
 * an argument.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Hand-over packages: export this office's records of a period, import another office's.",
        subcommands = {PackageCommand.Export.class, PackageCommand.Import.class, PackageCommand.Fingerprint.class})
final class PackageCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a signed, encrypted package of this office's petitions, history, dialogue sessions "
                    + "and catalogs received or changed in the period.")
    static final class Export extends DatabaseCommand {

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, e.g. 2026-10-01.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, e.g. 2026-10-31.")
        String to;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package file (.dvpkg).")
        Path out;

        @Option(names = "--passphrase-file", paramLabel = "F",
                description = "File whose first line is the passphrase (else asked twice on the terminal).")
        Path passphraseFile;

        Export(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            LocalDate first = date(from);
            LocalDate last = date(to);
            services();
            char[] passphrase = passphrase(context, passphraseFile, true);
            try {
                PackageService.Exported done = services().packages().export(first, last, passphrase, out,
                        context.actor(), ProgressMonitor.NONE);
                PackageCounts c = done.counts();
                context.out().println(context.messages().get("cli.package.exported", done.file().toAbsolutePath(),
                        c.petitions(), c.events(), c.citizens(), c.sessions(), c.opinions()));
                context.out().println(context.messages().get("cli.package.fingerprint", done.fingerprint()));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            return CommandLineApp.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import another office's package: its records are kept beside this office's, by office.")
    static final class Import extends DatabaseCommand {

        @Parameters(index = "0", paramLabel = "FILE", description = "The package file (.dvpkg).")
        Path file;

        @Option(names = "--passphrase-file", paramLabel = "F",
                description = "File whose first line is the passphrase (else asked on the terminal).")
        Path passphraseFile;

        @Option(names = "--fingerprint", paramLabel = "FP",
                description = "The sender's key fingerprint as read out by the sender: refused if it differs.")
        String fingerprint;

        Import(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            PackageService packages = services().packages();
            PackageService.Preview preview = packages.preview(file, Optional.ofNullable(fingerprint));
            char[] passphrase = passphrase(context, passphraseFile, false);
            try {
                PackageService.Imported done = packages.importPackage(file, passphrase,
                        Optional.ofNullable(fingerprint), context.actor(), ProgressMonitor.NONE);
                if (preview.firstTime() && fingerprint == null) {
                    context.out().println(context.messages().get("cli.package.firstTime", preview.officeName(),
                            preview.fingerprint()));
                }
                context.out().println(context.messages().get("cli.package.imported", preview.officeName(),
                        preview.from().toString(), preview.to().toString(), done.inserted(), done.updated(),
                        done.unchanged()));
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            return CommandLineApp.OK;
        }
    }

    @Command(name = "fingerprint", mixinStandardHelpOptions = true,
            description = "Print this office's package-signing key fingerprint (to read out to the receiver).")
    static final class Fingerprint extends DatabaseCommand {

        Fingerprint(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            context.out().println(context.messages().get("cli.package.fingerprint",
                    services().packages().ownFingerprint()));
            return CommandLineApp.OK;
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserException("cli.error.date", text);
        }
    }

    private static char[] passphrase(CliContext context, Path file, boolean twice) {
        if (file != null) {
            return InitCommand.readPassword(file).toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserException("cli.error.passphraseNeeded");
        }
        char[] typed = console.readPassword("%s", context.messages().get("cli.package.passphrasePrompt"));
        if (twice) {
            char[] again = console.readPassword("%s", context.messages().get("cli.package.passphraseAgain"));
            boolean same = Arrays.equals(typed, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                throw new UserException("cli.error.passphraseMismatch");
            }
        }
        if (typed == null || typed.length == 0) {
            throw new UserException("cli.error.passphraseNeeded");
        }
        return typed;
    }
}
