package vn.danvan.desk.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;

/**
 * Where a report file goes, as the report screens ask it: the folder typed or chosen must exist (else an error is
 * shown), and a file already there is replaced only when the officer agrees.
 */
public final class ExportTarget {

    private ExportTarget() {
    }

    /** The file {@code fileName} in {@code folderText}, or empty when there is no such folder or the officer declines. */
    public static Optional<Path> ask(String folderText, String fileName, DialogService dialogs, Messages text) {
        Path dir = folderText == null || folderText.isBlank() ? null : Path.of(folderText.strip());
        if (dir == null || !Files.isDirectory(dir)) {
            dialogs.showError(text.get("error.report.noFolder", folderText), null);
            return Optional.empty();
        }
        Path target = dir.resolve(fileName);
        if (Files.exists(target) && !dialogs.confirm(text.get("reports.confirmReplace", target.getFileName()))) {
            return Optional.empty();
        }
        return Optional.of(target);
    }
}
