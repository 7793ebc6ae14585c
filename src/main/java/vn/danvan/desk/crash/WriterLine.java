package vn.danvan.desk.crash;

import java.util.Optional;
import java.util.UUID;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * One line the writer process prints on its standard output, flushed at once: {@code ready} once the database is
 * open; {@code begin ...} before a transaction; {@code committed ...} after the service call returned, that is after
 * the commit; {@code refused <id>} when the rules refused a change (nothing written).
 */
record WriterLine(Type type, UUID id, String code, PetitionStatus status, int rowVersion) {

    enum Type {
        READY, BEGIN_INTAKE, BEGIN_CHANGE, COMMITTED_PETITION, COMMITTED_STATE, REFUSED
    }

    static String ready() {
        return "ready";
    }

    static String beginIntake() {
        return "begin intake";
    }

    /** A change of {@code id} towards {@code target} (an assignment keeps the status). */
    static String beginChange(UUID id, PetitionStatus target) {
        return "begin change " + id + " " + target.name();
    }

    static String committedPetition(UUID id, String code, int rowVersion) {
        return "committed petition " + id + " " + code + " " + rowVersion;
    }

    static String committedState(UUID id, PetitionStatus status, int rowVersion) {
        return "committed state " + id + " " + status.name() + " " + rowVersion;
    }

    static String refused(UUID id) {
        return "refused " + id;
    }

    /** The line read back; empty for anything else the process printed. */
    static Optional<WriterLine> parse(String line) {
        String[] w = line.strip().split(" ");
        try {
            return Optional.ofNullable(switch (w[0]) {
                case "ready" -> new WriterLine(Type.READY, null, null, null, 0);
                case "begin" -> w[1].equals("intake") ? new WriterLine(Type.BEGIN_INTAKE, null, null, null, 0)
                        : new WriterLine(Type.BEGIN_CHANGE, UUID.fromString(w[2]), null,
                        PetitionStatus.valueOf(w[3]), 0);
                case "committed" -> w[1].equals("petition")
                        ? new WriterLine(Type.COMMITTED_PETITION, UUID.fromString(w[2]), w[3],
                        PetitionStatus.RECEIVED, Integer.parseInt(w[4]))
                        : new WriterLine(Type.COMMITTED_STATE, UUID.fromString(w[2]), null,
                        PetitionStatus.valueOf(w[3]), Integer.parseInt(w[4]));
                case "refused" -> new WriterLine(Type.REFUSED, UUID.fromString(w[1]), null, null, 0);
                default -> null;
            });
        } catch (RuntimeException e) {
            // a line cut by the kill, or a line of something else
            return Optional.empty();
        }
    }
}
