package vn.danvan.desk.report.summary;

/**
 * A line of the summary's breakdowns: how many petitions (of a kind, a channel, a field...) were carried over and
 * received, and where they stood at the period's cut-off. {@code total() = carriedOver + received =
 * resolved + inProgress + notResolved}.
 */
public record Tally(int carriedOver, int received, int resolved, int inProgress, int notResolved) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

    public int total() {
        return carriedOver + received;
    }

    /** The values in the report's column order: total, carried over, received, resolved, in progress, not resolved. */
    public int[] columns() {
        return new int[] {total(), carriedOver, received, resolved, inProgress, notResolved};
    }
}
