package vn.danvan.desk.report;

import java.util.Locale;
import java.util.Optional;

/** The formats the monthly list is exported in. */
public enum ExportFormat {
    XLSX("xlsx"),
    PDF("pdf"),
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot, also the format's name on the command line. */
    public String extension() {
        return extension;
    }

    public String messageKey() {
        return "report.format." + extension;
    }

    public static Optional<ExportFormat> fromName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(key)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
