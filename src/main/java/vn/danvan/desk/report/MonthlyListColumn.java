package vn.danvan.desk.report;

import java.util.Locale;

/**
 * The columns of the monthly petition list, in the order of issue 5 and domain.md §3 (also the import format).
 * Headers come from the Vietnamese bundle ({@code report.column.*}); the widths are relative, for the PDF table, and
 * the spreadsheet's column width in characters is fitted between {@code minChars} and {@code maxChars}.
 */
public enum MonthlyListColumn {
    ORDINAL(3.2f, 4, 6),
    CODE(9, 10, 18),
    RECEIVED(7, 11, 11),
    PETITIONER(9.5f, 12, 26),
    ID_NUMBER(8.6f, 12, 16),
    VILLAGE(7.5f, 10, 20),
    ADDRESS(9, 12, 30),
    PEOPLE(4.2f, 6, 8),
    CHANNEL(7.5f, 10, 22),
    KIND(6.5f, 9, 14),
    FIELD(8, 10, 24),
    SUMMARY(17, 24, 50),
    DIRECTION(6.5f, 9, 14),
    UNIT(8, 10, 24),
    DUE(7, 11, 11),
    STATUS(7.5f, 10, 18),
    RESOLVED(7, 11, 11),
    RESULT(11, 14, 40),
    NOTE(8.5f, 10, 30);

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
