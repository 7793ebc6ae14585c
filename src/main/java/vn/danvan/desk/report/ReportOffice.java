package vn.danvan.desk.report;

import vn.danvan.desk.office.OfficeProfile;

/**
 * Whose petitions a report counts: this office's own (the default: records imported from other offices' hand-over
 * packages never swell the local lists), or one other office's, imported. Reports are made per office.
 */
public record ReportOffice(OfficeProfile profile, boolean local) {

    public static ReportOffice local(OfficeProfile profile) {
        return new ReportOffice(profile, true);
    }

    public static ReportOffice of(OfficeProfile profile, OfficeProfile localOffice) {
        return new ReportOffice(profile, profile.id().equals(localOffice.id()));
    }

    /**
     * What an exported file's name adds for another office, so that the lists of several communes do not share one
     * name: its commune code, else its name in ASCII ({@code ubnd-xa-tan-phu}); nothing for this office.
     */
    public String fileTag() {
        if (local) {
            return "";
        }
        String code = profile.communeCode();
        String text = code != null && !code.isBlank() ? code
                : vn.danvan.desk.common.text.VietnameseText.searchKey(profile.name());
        return "-" + text.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Whether a record of {@code originOfficeId} (null: made here before origins were recorded) belongs to it. */
    public boolean owns(java.util.UUID originOfficeId) {
        return originOfficeId == null ? local : originOfficeId.equals(profile.id());
    }
}
