package vn.danvan.desk.handover;

/** How many records of each kind a package holds. */
public record PackageCounts(int petitions, int events, int citizens, int sessions, int opinions, int catalogRows) {
}
