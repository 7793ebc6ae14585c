package vn.danvan.desk.document;

/**
 * Who signs, as printed bottom right (Decree 30, "quyền hạn, chức vụ, họ tên người ký"): an optional capacity line
 * such as "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH", the signer's title, room for the signature and seal, then the
 * name. Title and capacity are set in capitals. A missing title or name leaves its line empty, to be written by hand.
 *
 * @param capacity on whose behalf, e.g. "TM. Ủy ban nhân dân"; may be null
 * @param title    e.g. "Chủ tịch UBND xã"; may be null
 * @param name     e.g. "Trần Thị Bình"; may be null
 */
public record Signer(String capacity, String title, String name) {

    public Signer {
        capacity = blankToNull(capacity);
        title = blankToNull(title);
        name = blankToNull(name);
    }

    public static Signer of(String title, String name) {
        return new Signer(null, title, name);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
