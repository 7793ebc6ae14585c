package vn.danvan.desk.report.summary;

/**
 * A line of the summary as the window, the XLSX and the PDF show it: a section heading, a group heading, a count, a
 * rate (null when its denominator is zero) or a breakdown line with its six columns.
 */
public record SummaryLine(Type type, String number, String label, Integer count, Double rate, Tally tally) {

    /** What the line holds. */
    public enum Type { SECTION, GROUP, COUNT, RATE, TALLY }

    static SummaryLine section(String number, String label) {
        return new SummaryLine(Type.SECTION, number, label, null, null, null);
    }

    static SummaryLine group(String number, String label) {
        return new SummaryLine(Type.GROUP, number, label, null, null, null);
    }

    static SummaryLine count(String number, String label, int count) {
        return new SummaryLine(Type.COUNT, number, label, count, null, null);
    }

    static SummaryLine rate(String number, String label, Double rate) {
        return new SummaryLine(Type.RATE, number, label, null, rate, null);
    }

    static SummaryLine tally(String number, String label, Tally tally) {
        return new SummaryLine(Type.TALLY, number, label, tally.total(), null, tally);
    }

    /** Whether the line is a heading (no figure). */
    public boolean heading() {
        return type == Type.SECTION || type == Type.GROUP;
    }
}
