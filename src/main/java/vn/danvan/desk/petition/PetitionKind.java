package vn.danvan.desk.petition;

import java.util.Locale;

/** Loại đơn (domain.md 2.2). Each kind numbers its petitions with its own code prefix, e.g. {@code KN-2026-00042}. */
public enum PetitionKind {
    COMPLAINT("KN"),
    DENUNCIATION("TC"),
    RECOMMENDATION("KNG"),
    FEEDBACK("PA"),
    POLICY_QUESTION("HCS");

    private final String codePrefix;

    PetitionKind(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    public String codePrefix() {
        return codePrefix;
    }

    /** A denunciation always hides the denouncer's identity (Law on Denunciation; domain.md 4). */
    public boolean alwaysConfidential() {
        return this == DENUNCIATION;
    }

    public String messageKey() {
        return "petition.kind." + name().toLowerCase(Locale.ROOT);
    }
}
