package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** A link from one petition to another, seen from the first. */
public record PetitionLink(UUID linkedId, String linkedCode, LinkType type, LocalDate linkedReceived,
                           PetitionStatus linkedStatus, String linkedSummary) {

    /** How two petitions are related; each link is stored in both directions. */
    public enum LinkType {
        REPEAT_OF,
        REPEATED_BY,
        SPLIT_SIBLING;

        public LinkType reverse() {
            return switch (this) {
                case REPEAT_OF -> REPEATED_BY;
                case REPEATED_BY -> REPEAT_OF;
                case SPLIT_SIBLING -> SPLIT_SIBLING;
            };
        }

        public String messageKey() {
            return "petition.link." + name().toLowerCase(Locale.ROOT);
        }
    }
}
