package vn.danvan.desk.security;

/** What an officer may do: an admin also manages officers, catalogs' deletions and the office profile. */
public enum OfficerRole {
    OFFICER,
    ADMIN;

    public String messageKey() {
        return "officer.role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
