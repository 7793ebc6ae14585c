package vn.danvan.desk.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.report.ReportOffice;
import vn.danvan.desk.report.summary.PeriodSummary;
import vn.danvan.desk.report.summary.ReportPeriod;
import vn.danvan.desk.report.summary.SummaryFormat;

/**
 * {@code report --period 2026-10|2026-Q3|2026-H1|2026-9M|2026 --format json|xlsx|pdf [--out FILE]}: the period summary
 * report. JSON without {@code --out} goes to standard output; XLSX and PDF need a file.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the period summary report (báo cáo tổng hợp) as JSON, XLSX or PDF.")
final class ReportCommand extends DatabaseCommand {

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "2026-10 (month), 2026-Q3 (quarter), 2026-H1 / 2026-H2 (six months), 2026-9M (nine months), "
                    + "2026 (year); dates follow the office's period boundary setting.")
    String period;

    @Option(names = "--format", required = true, paramLabel = "json|xlsx|pdf", description = "The output format.")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The file to write (replaced); without it, JSON is printed on standard output.")
    Path out;

    @Option(names = "--office", paramLabel = "CODE|ID|NAME",
            description = "Report another office whose hand-over packages were imported (default: this office only).")
    String office;

    ReportCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        ReportPeriod reportPeriod = ReportPeriod.parse(period)
                .orElseThrow(() -> new UserException("cli.error.period", period));
        SummaryFormat summaryFormat = SummaryFormat.fromName(format)
                .orElseThrow(() -> new UserException("cli.error.summaryFormat", format));
        var service = services().periodSummary();
        ReportOffice reported = office == null ? services().monthlyList().localOffice()
                : services().monthlyList().office(office);
        if (out == null) {
            if (summaryFormat != SummaryFormat.JSON) {
                throw new UserException("cli.error.reportNeedsOut", summaryFormat.extension());
            }
            PeriodSummary summary = service.summary(reportPeriod, reported, ProgressMonitor.NONE);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            service.write(summary, SummaryFormat.JSON, json);
            context.out().println(json.toString(StandardCharsets.UTF_8));
            return 0;
        }
        PeriodSummary summary = service.export(reportPeriod, reported, summaryFormat, out, ProgressMonitor.NONE);
        context.out().println(context.messages().get("cli.report.done", summary.period().code(),
                summary.from().toString(), summary.to().toString(), summary.total(), out.toAbsolutePath()));
        return 0;
    }
}
