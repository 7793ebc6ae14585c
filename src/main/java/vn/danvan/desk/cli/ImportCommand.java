package vn.danvan.desk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.listimport.ListImportException;
import vn.danvan.desk.listimport.ListImportOptions;
import vn.danvan.desk.listimport.ListImportResult;
import vn.danvan.desk.listimport.RowProblem;

/**
 * {@code import FILE [--create-villages] [--create-units] [--update]}: petitions from a list with the monthly list's
 * columns (CSV or XLSX), all or nothing. Prints {@code imported N, skipped M} (a line scripts can read, the same in
 * every language) and what was created or skipped; or every problem, one per line, and exits 2 having saved nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import petitions from a list with the monthly list's columns (CSV or XLSX; format: README).",
                "All or nothing: every problem is printed with its row and column and nothing is saved."})
final class ImportCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A .csv (UTF-8) or .xlsx list.")
    Path file;

    @Option(names = "--create-villages",
            description = "Create the villages / residential groups the list names that are not in the catalog.")
    boolean createVillages;

    @Option(names = "--create-units", description = "Create the handling units the list names that are not in the"
            + " catalog.")
    boolean createUnits;

    @Option(names = "--update", description = "Update the petitions whose code is already on file (else skipped).")
    boolean update;

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    int execute() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UserException("listimport.error.noFile", file);
        }
        Messages messages = context.messages();
        try {
            ListImportResult result = services().listImport().importFile(file,
                    new ListImportOptions(createVillages, createUnits, update), context.actor(), ProgressMonitor.NONE);
            context.out().println(update
                    ? messages.get("cli.import.doneUpdated", result.imported(), result.updated(), result.skipped())
                    : messages.get("cli.import.done", result.imported(), result.skipped()));
            context.out().println(messages.get("cli.import.summary", result.imported(), result.updated(),
                    result.skipped()));
            result.createdVillages().forEach(v -> context.out().println(messages.get("cli.import.villageCreated", v)));
            result.createdUnits().forEach(u -> context.out().println(messages.get("cli.import.unitCreated", u)));
            for (ListImportResult.Skipped skipped : result.skippedRows()) {
                context.out().println(messages.get("cli.import.skipped", skipped.row(), skipped.code()));
            }
            return CommandLineApp.OK;
        } catch (ListImportException refused) {
            for (RowProblem problem : refused.problems()) {
                context.err().println(line(messages, problem));
            }
            context.err().println(refused.total() > refused.problems().size()
                    ? messages.get("cli.import.refusedMore", refused.total(), refused.problems().size())
                    : messages.get("cli.import.refused", refused.total()));
            context.err().flush();
            return CommandLineApp.BAD_INPUT;
        }
    }

    /** {@code dòng 12, cột "Loại đơn": …}, or {@code dòng 12: …} for the whole row. */
    static String line(Messages messages, RowProblem p) {
        String reason = messages.get(p.problem().messageKey(), p.problem().arguments());
        return p.column() == null ? messages.get("cli.import.problem", p.row(), reason)
                : messages.get("cli.import.problemAt", p.row(), p.column(), reason);
    }
}
