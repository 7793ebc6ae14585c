package vn.danvan.desk.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.report.ExportFormat;
import vn.danvan.desk.report.ExportResult;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.Officer;

/**
 * {@code export --month YYYY-MM --format csv|xlsx|pdf --out FILE [--with-identities]}: the monthly petition list.
 * Showing protected identities needs the officer who logged in ({@code --user}) to be an admin; the audit log
 * names that officer.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the monthly petition list (danh sách đơn thư tháng MM/YYYY) as CSV, XLSX or PDF.")
final class ExportCommand extends DatabaseCommand {

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month, e.g. 2026-10.")
    String month;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx|pdf", description = "The file format.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced).")
    Path out;

    @Option(names = "--with-identities",
            description = "Show the identities of confidential petitioners and denouncers (admins only, logged).")
    boolean withIdentities;

    @Option(names = "--office", paramLabel = "CODE|ID|NAME",
            description = "The list of another office whose hand-over packages were imported (default: this office).")
    String office;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        YearMonth yearMonth = parseMonth(month);
        ExportFormat exportFormat = ExportFormat.fromName(format)
                .orElseThrow(() -> new UserException("cli.error.format", format));
        services();
        if (withIdentities && !context.officer().map(Officer::isAdmin).orElse(false)) {
            throw new UserException("cli.error.notAdmin", context.officer().map(Officer::username).orElse("?"));
        }
        Actor actor = context.actor();
        var lists = services().monthlyList();
        ExportResult result = lists.export(yearMonth, office == null ? lists.localOffice() : lists.office(office),
                exportFormat, out, actor, withIdentities, ProgressMonitor.NONE);
        context.out().println(context.messages().get("cli.export.done", result.rows(), result.carriedOver(),
                result.file().toAbsolutePath()));
        return 0;
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserException("cli.error.month", text);
        }
    }
}
