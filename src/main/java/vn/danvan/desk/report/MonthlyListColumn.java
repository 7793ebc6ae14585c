package vn.danvan.desk.report;

import java.util.Locale;

/**
 * The columns of the monthly petition list, in the order of issue 5 and domain.md §3 (also the import format).
 * Headers come from the Vietnamese bundle ({@code report.column.*}); the PDF widths are in points for 7.5 pt Times on
 * A4 landscape (743 pt between the margins: a date, a code, a 12-digit ID fit on one line), and
 * the spreadsheet's column width in characters is fitted between {@code minChars} and {@code maxChars}.
 */
public enum MonthlyListColumn {
    ORDINAL(22, 4, 6),
    CODE(62, 10, 18),
    RECEIVED(39, 11, 11),
    PETITIONER(42, 12, 26),
    ID_NUMBER(52, 12, 16),
    VILLAGE(36, 10, 20),
    ADDRESS(42, 12, 30),
    PEOPLE(24, 6, 8),
    CHANNEL(36, 10, 22),
    KIND(30, 9, 14),
    FIELD(36, 10, 24),
    SUMMARY(64, 24, 50),
    DIRECTION(30, 9, 14),
    UNIT(38, 10, 24),
    DUE(39, 11, 11),
    STATUS(36, 10, 18),
    RESOLVED(39, 11, 11),
    RESULT(44, 14, 40),
    NOTE(32, 10, 30);

    private final float pdfWidth;
    private final int minChars;
    private final int maxChars;

    MonthlyListColumn(float pdfWidth, int minChars, int maxChars) {
        this.pdfWidth = pdfWidth;
        this.minChars = minChars;
        this.maxChars = maxChars;
    }

    public String messageKey() {
        return "report.column." + name().toLowerCase(Locale.ROOT);
    }

    float pdfWidth() {
        return pdfWidth;
    }

    int minChars() {
        return minChars;
    }

    int maxChars() {
        return maxChars;
    }

    /** Whether the column holds a date (an Excel date in the spreadsheet). */
    boolean date() {
        return this == RECEIVED || this == DUE || this == RESOLVED;
    }

    /** Whether the column holds a number. */
    boolean number() {
        return this == ORDINAL || this == PEOPLE;
    }

    /** Whether the column is masked on a confidential row. */
    boolean identity() {
        return this == PETITIONER || this == ID_NUMBER || this == ADDRESS;
    }
}
