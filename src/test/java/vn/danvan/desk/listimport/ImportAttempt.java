package vn.danvan.desk.listimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.security.Actor;

/**
 * One run of a file through the real list import, and what came out: the result, or the refusal as the user reads it
 * (every message in Vietnamese and English, with the message keys), or an exception that should never escape.
 */
record ImportAttempt(ListImportResult result, List<String> keys, List<String> messages, Throwable escaped) {

    /** What a user-facing message must never look like: a raw library or Java message, an unfilled pattern. */
    private static final Pattern RAW = Pattern.compile(
            "Exception|java\\.|javax\\.|org\\.|com\\.|\\bnull\\b|\\{\\d|^!|!$|\\bat [a-z]+\\.|Caused by");

    static ImportAttempt run(AppServices services, Path file, ListImportOptions options) {
        try {
            return new ImportAttempt(services.listImport().importFile(file, options, Actor.system(),
                    ProgressMonitor.NONE), List.of(), List.of(), null);
        } catch (ListImportException e) {
            List<String> keys = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            for (AppLanguage language : AppLanguage.values()) {
                Messages bundle = Messages.of(language);
                for (RowProblem problem : e.problems()) {
                    messages.add(line(bundle, problem));
                }
            }
            e.problems().forEach(p -> keys.add(p.problem().messageKey()));
            return new ImportAttempt(null, keys, messages, null);
        } catch (UserException e) {
            List<String> messages = new ArrayList<>();
            for (AppLanguage language : AppLanguage.values()) {
                messages.add(Messages.of(language).of(e));
            }
            return new ImportAttempt(null, List.of(e.messageKey()), messages, null);
        } catch (RuntimeException | Error e) {
            return new ImportAttempt(null, List.of(), List.of(), e);
        }
    }

    /** A problem as the command line and the import screen show it: row, column as the file writes it, reason. */
    static String line(Messages bundle, RowProblem p) {
        String reason = bundle.get(p.problem().messageKey(), p.problem().arguments());
        return p.column() == null ? bundle.get("cli.import.problem", p.row(), reason)
                : bundle.get("cli.import.problemAt", p.row(), p.column(), reason);
    }

    boolean imported() {
        return result != null;
    }

    boolean refused() {
        return result == null && escaped == null;
    }

    /** Why the refusal's messages are not clear ones, or {@code null} when every one is. */
    String unclearMessage() {
        if (messages.isEmpty()) {
            return "no message";
        }
        for (String message : messages) {
            if (message.isBlank() || message.length() > 2000 || RAW.matcher(message).find()) {
                return message.length() > 300 ? message.substring(0, 300) + "…" : message;
            }
        }
        return null;
    }

    String describe() {
        if (escaped != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            escaped.printStackTrace(new java.io.PrintWriter(trace));
            String text = trace.toString();
            return "escaped: " + (text.length() > 3000 ? text.substring(0, 3000) : text);
        }
        if (result != null) {
            return "imported " + result.imported() + ", updated " + result.updated() + ", skipped " + result.skipped();
        }
        String first = messages.isEmpty() ? "" : messages.get(0);
        return "refused " + new java.util.TreeSet<>(keys) + " (" + keys.size() + "): " + (first.length() > 300 ? first.substring(0, 300) + "…" : first);
    }
}
