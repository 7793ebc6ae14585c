package vn.danvan.desk.report.summary;

import java.util.Locale;
import java.util.Optional;

/** The files a period summary is written as: Excel and PDF for people, JSON for scripts. */
public enum SummaryFormat {
    XLSX,
    PDF,
    JSON;

    /** The file extension without the dot, also the format's name on the command line. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "summary.format." + extension();
    }

    public static Optional<SummaryFormat> fromName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (SummaryFormat format : values()) {
            if (format.extension().equals(key)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
