package vn.danvan.desk.calendar;

import java.time.LocalDate;
import java.util.Objects;
import vn.danvan.desk.common.i18n.Messages;

/** A day off other than a plain weekend: a public holiday, a compensatory day, or a day the office added. */
public record Holiday(LocalDate date, HolidayName name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }

    public static Holiday of(LocalDate date, HolidayKind kind) {
        return new Holiday(date, HolidayName.of(kind));
    }

    public HolidayKind kind() {
        return name.kind();
    }

    public boolean compensatory() {
        return name.compensatory();
    }

    public boolean fromOffice() {
        return name.fromOffice();
    }

    public String text(Messages messages) {
        return name.text(messages);
    }
}
