package vn.danvan.desk.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The place-and-date line of a document (Decree 30, "địa danh và thời gian ban hành văn bản"):
 * {@code Tân Lập, ngày 05 tháng 11 năm 2026}. Days below 10 and the months January and February take a leading
 * zero; the other months do not ({@code ngày 01 tháng 3 năm 2026}).
 */
public final class PlaceDate {

    /** Words that name an office's kind or level, in front of the place's own name. Longest first. */
    private static final List<String> PREFIXES = List.of("ủy ban nhân dân", "uỷ ban nhân dân", "ban dân vận",
            "đảng ủy", "đảng uỷ", "mặt trận tổ quốc", "ubmttq", "ubnd", "hđnd", "đặc khu", "phường", "thị trấn",
            "xã");

    private PlaceDate() {
    }

    /** {@code <place>, ngày dd tháng M năm yyyy}; without a place, the line starts at {@code Ngày}. */
    public static String line(String place, LocalDate date) {
        String day = String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
        int m = date.getMonthValue();
        String month = m <= 2 ? String.format(Locale.ROOT, "%02d", m) : Integer.toString(m);
        String when = "ngày " + day + " tháng " + month + " năm " + date.getYear();
        if (place == null || place.isBlank()) {
            return "N" + when.substring(1);
        }
        return place.strip() + ", " + when;
    }

    /**
     * The place name of an office as its documents write it: the office's name without the words naming its kind
     * and level ("UBND xã Tân Lập" gives "Tân Lập", "Ủy ban nhân dân phường Ba Đình" gives "Ba Đình"). When nothing
     * is left, {@code fallback} (e.g. the province).
     */
    public static String placeOf(String officeName, String fallback) {
        String rest = officeName == null ? "" : Normalizer.normalize(officeName.strip(), Normalizer.Form.NFC);
        boolean stripped = true;
        while (stripped && !rest.isEmpty()) {
            stripped = false;
            String lower = rest.toLowerCase(Locale.forLanguageTag("vi"));
            for (String prefix : PREFIXES) {
                if (lower.startsWith(prefix) && (lower.length() == prefix.length()
                        || !Character.isLetterOrDigit(lower.charAt(prefix.length())))) {
                    rest = rest.substring(prefix.length()).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return rest.isEmpty() ? (fallback == null ? "" : fallback.strip()) : rest;
    }
}
