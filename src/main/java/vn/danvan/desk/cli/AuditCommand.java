package vn.danvan.desk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.audit.AuditFilter;
import vn.danvan.desk.audit.AuditVerification;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.security.Officer;

/** {@code audit verify} and {@code audit export --from --to --format csv --out F}: for administrators. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Check the audit log's hash chain, or export a period of it as CSV (administrators only).",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private AuditCommand() {
    }

    /** The services, once the officer who logged in is known to be an administrator. */
    static AppServices asAdmin(CliContext context) throws Exception {
        AppServices services = context.services();
        if (!context.officer().map(Officer::isAdmin).orElse(false)) {
            throw new UserException("cli.error.adminOnly", context.officer().map(Officer::username).orElse("?"));
        }
        return services;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the hash chain of the whole log; exit 0 when intact, 1 when a row was altered.")
    static final class Verify extends DatabaseCommand {

        Verify(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            AuditVerification result = asAdmin(context).auditLog().verify();
            if (result.intact()) {
                context.out().println(context.messages().get("cli.audit.intact", result.rows()));
                return CommandLineApp.OK;
            }
            context.err().println(context.messages().get("cli.audit.broken", result.firstBrokenSeq().orElseThrow(),
                    result.rows(), result.reason()));
            return CommandLineApp.FAILURE;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the log rows of a period (office time, both days included) as CSV with their hashes.")
    static final class Export extends DatabaseCommand {

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day.")
        String to;

        @Option(names = "--format", defaultValue = "csv", paramLabel = "csv", description = "Only csv.")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
        Path out;

        Export(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            if (!"csv".equalsIgnoreCase(format.strip())) {
                throw new UserException("cli.error.format", format);
            }
            LocalDate first = day(from);
            LocalDate last = day(to);
            if (last.isBefore(first)) {
                throw new UserException("cli.error.auditPeriod", from, to);
            }
            AuditFilter filter = new AuditFilter(first.atStartOfDay(OFFICE_ZONE).toInstant(),
                    last.plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant(), null, null, null);
            long rows = asAdmin(context).auditLog().exportCsv(filter, out);
            context.out().println(context.messages().get("cli.audit.exported", rows, out.toAbsolutePath()));
            return CommandLineApp.OK;
        }

        private static LocalDate day(String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new UserException("cli.error.day", text);
            }
        }
    }
}
