package vn.danvan.desk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danvan.desk.calendar.CalendarRules;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.dialogue.DialogueFilter;
import vn.danvan.desk.dialogue.SessionSummary;
import vn.danvan.desk.dialogue.csv.DialogueCsvImport;
import vn.danvan.desk.dialogue.csv.DialogueImportException;
import vn.danvan.desk.dialogue.csv.LineProblem;

/** {@code dialogues list|import|minutes}: the dialogue sessions of the office. */
@Command(name = "dialogues", mixinStandardHelpOptions = true,
        description = "List dialogue sessions, or import one with its opinions from a CSV file.",
        subcommands = {DialoguesCommand.ListSessions.class, DialoguesCommand.ImportSession.class,
                DialoguesCommand.Minutes.class})
final class DialoguesCommand {

    private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\\t\\r\\n]+");

    /** One tab-separated line of the list (tabs and line breaks inside a value become spaces). */
    static String describe(Messages messages, SessionSummary s) {
        return String.join("\t", s.code(), VietnameseFormats.date(s.date()), messages.get(s.kind().messageKey()),
                flat(s.place()), flat(s.chairs()), String.valueOf(s.citizensCount()), String.valueOf(s.raised()),
                String.valueOf(s.answered()), String.valueOf(s.followUp()), String.valueOf(s.resolved()));
    }

    private static String flat(String text) {
        return text == null ? "" : TABS_AND_BREAKS.matcher(text).replaceAll(" ");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"One line per session, newest first, tab-separated: code, date, kind, place, chairs,",
                    "citizens, opinions raised, answered on the spot, followed up, resolved so far."})
    static final class ListSessions extends DatabaseCommand {

        @Option(names = "--year", paramLabel = "YYYY", description = "Only the sessions of that year.")
        Integer year;

        ListSessions(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            if (year != null) {
                Problem.throwFirst(CalendarRules.year(year));
            }
            Messages messages = context.messages();
            DialogueFilter filter = year == null ? DialogueFilter.all() : DialogueFilter.year(year);
            for (SessionSummary session : services().dialogues().list(filter, Integer.MAX_VALUE)) {
                context.out().println(describe(messages, session));
            }
            return CommandLineApp.OK;
        }
    }

    @Command(name = "minutes", mixinStandardHelpOptions = true,
            description = "Write the minutes (biên bản) of a session as a PDF in the administrative layout.")
    static final class Minutes extends DatabaseCommand {

        @Parameters(index = "0", paramLabel = "CODE", description = "The session's number, e.g. DT-2026-004.")
        String code;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
        Path out;

        Minutes(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            var session = services().dialogues().requireByCode(code);
            services().minutes().write(session.id(), out);
            context.out().println(context.messages().get("cli.dialogues.minutes", session.code(), out));
            return CommandLineApp.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import one session and its opinions from a CSV file (format: README).",
                    "All or nothing: every problem is printed with its line number and nothing is saved."})
    static final class ImportSession extends DatabaseCommand {

        @Parameters(index = "0", paramLabel = "FILE.csv", description = "UTF-8 CSV file, with or without BOM.")
        Path file;

        ImportSession(CliContext context) {
            super(context);
        }

        @Override
        int execute() throws Exception {
            Messages messages = context.messages();
            DialogueCsvImport importer = services().dialogueImport();
            try {
                DialogueCsvImport.Result result = importer.importFile(file, context.actor());
                context.out().println(messages.get("cli.dialogues.imported", result.code(), result.opinions(),
                        result.petitions()));
                return CommandLineApp.OK;
            } catch (DialogueImportException refused) {
                List<LineProblem> problems = refused.problems();
                for (LineProblem problem : problems) {
                    context.err().println(line(messages, problem));
                }
                context.err().println(messages.get("cli.dialogues.refused", problems.size()));
                context.err().flush();
                return CommandLineApp.BAD_INPUT;
            }
        }

        static String line(Messages messages, LineProblem p) {
            String reason = messages.get(p.problem().messageKey(), p.problem().arguments());
            return p.where() == null ? messages.get("cli.dialogues.problem", p.line(), reason)
                    : messages.get("cli.dialogues.problemAt", p.line(), p.where(), reason);
        }
    }
}
