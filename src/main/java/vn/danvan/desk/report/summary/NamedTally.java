package vn.danvan.desk.report.summary;

import java.util.UUID;

/** A breakdown line for a catalog entry (a field, a village); {@code id} and {@code name}
 * are null for the line of petitions without one. */
public record NamedTally(UUID id, String name, Tally tally) {
}
