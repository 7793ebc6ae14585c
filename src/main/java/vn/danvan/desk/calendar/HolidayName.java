package vn.danvan.desk.calendar;

import java.util.Objects;
import vn.danvan.desk.common.i18n.Messages;

/**
 * The name of a day off, resolved in the user's language only when shown: a statutory holiday by its kind,
 * possibly as the compensatory day (nghỉ bù) for it, or the office's own text.
 */
public record HolidayName(HolidayKind kind, boolean compensatory, String officeText) {

    public HolidayName {
        Objects.requireNonNull(kind, "kind");
        if ((kind == HolidayKind.OFFICE) != (officeText != null)) {
            throw new IllegalArgumentException("Only an office day carries its own text");
        }
    }

    public static HolidayName of(HolidayKind kind) {
        return new HolidayName(kind, false, null);
    }

    public static HolidayName office(String text) {
        return new HolidayName(HolidayKind.OFFICE, false, text);
    }

    /** The compensatory day off for this holiday. */
    public HolidayName compensation() {
        return new HolidayName(kind, true, officeText);
    }

    public boolean fromOffice() {
        return kind == HolidayKind.OFFICE;
    }

    /** The name as the user reads it, e.g. "Nghỉ bù Giỗ Tổ Hùng Vương". */
    public String text(Messages messages) {
        String base = fromOffice() ? officeText : messages.get(kind.messageKey());
        return compensatory ? messages.get("calendar.holiday.compensatory", base) : base;
    }
}
