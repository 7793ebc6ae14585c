package vn.danvan.desk.petition;

import java.util.Locale;
import java.util.Optional;

/** Hướng xử lý, decided when a received petition is sorted, and the status it leads to. */
public enum HandlingDirection {
    ACCEPT(PetitionStatus.ACCEPTED),
    GUIDE(PetitionStatus.GUIDED),
    TRANSFER(PetitionStatus.TRANSFERRED),
    RETURN(PetitionStatus.FILED),
    FILE(PetitionStatus.FILED),
    ANSWER_NOW(PetitionStatus.RESOLVED);

    private final PetitionStatus leadsTo;

    HandlingDirection(PetitionStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public PetitionStatus leadsTo() {
        return leadsTo;
    }

    /** The direction a sorting decision to {@code status} records, when there is exactly one. */
    public static Optional<HandlingDirection> forStatus(PetitionStatus status) {
        return switch (status) {
            case ACCEPTED -> Optional.of(ACCEPT);
            case GUIDED -> Optional.of(GUIDE);
            case TRANSFERRED -> Optional.of(TRANSFER);
            case FILED -> Optional.of(FILE);
            default -> Optional.empty();
        };
    }

    public String messageKey() {
        return "petition.direction." + name().toLowerCase(Locale.ROOT);
    }
}
