package vn.danvan.desk.common.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;

/** Dates as Vietnamese offices write them: dd/MM/yyyy; typed dates may leave out leading zeros (1/2/2026). */
public final class VietnameseFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu");

    private VietnameseFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** For date pickers: shows dd/MM/yyyy, reads d/M/yyyy; unreadable text gives no date. */
    public static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return date(value);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip().replace('-', '/').replace('.', '/'), TYPED);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }
}
