package vn.danvan.desk.common.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;

/**
 * Dates as Vietnamese offices write them: dd/MM/yyyy; typed dates may leave out leading zeros (1/2/2026). Counts and
 * percentages with Vietnamese separators (45.818; 78,5%).
 */
public final class VietnameseFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");

    private VietnameseFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A count as Vietnamese write it: 45.818. */
    public static String count(long value) {
        return java.text.NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
    }

    /** A number on a chart's axis: 20.000, or 2,5 where the ticks fall between whole numbers. */
    public static StringConverter<Number> axisNumbers() {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(VIETNAMESE);
                format.setMaximumFractionDigits(1);
                return value == null ? "" : format.format(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not read back");
            }
        };
    }

    /** A percentage with one decimal, as Vietnamese write it: 78,5%. */
    public static String percent(double value) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.0",
                java.text.DecimalFormatSymbols.getInstance(VIETNAMESE));
        return format.format(value) + "%";
    }

    /**
     * For date pickers: shows dd/MM/yyyy, reads d/M/yyyy (also with - or .); blank text gives no date. Unreadable
     * text throws, and a date picker then keeps the date it had: a slip of the keyboard never empties a date. Forms
     * watch {@link #unreadableDate(String)} on the picker's editor to say so while the officer types.
     */
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
                return LocalDate.parse(text.strip().replace('-', '/').replace('.', '/'), TYPED);
            }
        };
    }

    /** Whether typed text is neither blank nor a date that {@link #dateConverter()} reads. */
    public static boolean unreadableDate(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            dateConverter().fromString(text);
            return false;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    /**
     * Watches what is typed in {@code picker}: {@code unreadable} is true while the text is not a date, and Enter on
     * such text is stopped (so the form's default button does not save the previous date instead).
     */
    public static void watchTypedDate(javafx.scene.control.DatePicker picker,
                                      javafx.beans.property.BooleanProperty unreadable) {
        picker.setConverter(dateConverter());
        picker.getEditor().textProperty().addListener((observable, old, text) -> unreadable.set(unreadableDate(text)));
        picker.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && unreadable.get()) {
                event.consume();
            }
        });
    }
}
