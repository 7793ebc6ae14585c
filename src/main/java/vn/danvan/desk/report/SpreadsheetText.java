package vn.danvan.desk.report;

/**
 * Text that a spreadsheet must never run as a formula (CSV injection, OWASP): a value starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which Excel and LibreOffice
 * read as "this cell is text". Used for CSV, where every value is read as typed; the XLSX file stores every text as
 * a string cell, which no spreadsheet evaluates, so it needs no apostrophe. An importer strips the one apostrophe
 * in front of such a character.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String guard(String value) {
        return startsDangerously(value) ? "'" + value : value;
    }

    /** Undoes {@link #guard}: the one apostrophe in front of a dangerous first character is dropped. */
    public static String unguard(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\''
                && startsDangerously(value.substring(1)) ? value.substring(1) : value;
    }

    static boolean startsDangerously(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
