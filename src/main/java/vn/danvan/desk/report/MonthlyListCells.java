package vn.danvan.desk.report;

import java.time.LocalDate;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.document.PlaceDate;
import vn.danvan.desk.petition.ResolutionGroup;

/**
 * The value of each column of a row, the same in every format: labels of closed sets from the bundle, the mask on a
 * masked row, the carried-over mark in the note. Values are a {@link String}, a {@link LocalDate} or an
 * {@link Integer}; {@link #text} gives them as printed (dates dd/MM/yyyy).
 */
final class MonthlyListCells {

    private final Messages messages;

    /** Exports always use the Vietnamese bundle: the list goes to Vietnamese authorities. */
    MonthlyListCells(Messages messages) {
        this.messages = messages;
    }

    Object value(MonthlyListColumn column, int ordinal, MonthlyListRow row) {
        if (row.masked() && column.identity()) {
            return messages.get("report.masked");
        }
        return switch (column) {
            case ORDINAL -> ordinal;
            case CODE -> row.code();
            case RECEIVED -> row.receivedDate();
            case PETITIONER -> row.anonymous() ? messages.get("report.anonymous") : row.petitioner();
            case ID_NUMBER -> row.idNumber();
            case VILLAGE -> row.village();
            case ADDRESS -> row.address();
            case PEOPLE -> row.peopleCount();
            case CHANNEL -> messages.get(row.channel().messageKey());
            case KIND -> messages.get(row.kind().messageKey());
            case FIELD -> row.field();
            case SUMMARY -> row.summary();
            case DIRECTION -> row.direction() == null ? null : messages.get(row.direction().messageKey());
            case UNIT -> row.handlingUnit();
            case DUE -> row.dueDate();
            case STATUS -> messages.get(row.status().messageKey());
            case RESOLVED -> row.resolvedDate();
            case RESULT -> result(row);
            case NOTE -> note(row);
        };
    }

    /** The value as printed: dates dd/MM/yyyy, nothing as the empty text. */
    String text(MonthlyListColumn column, int ordinal, MonthlyListRow row) {
        Object value = value(column, ordinal, row);
        if (value instanceof LocalDate date) {
            return VietnameseFormats.date(date);
        }
        return value == null ? "" : value.toString();
    }

    String header(MonthlyListColumn column) {
        return messages.get(column.messageKey());
    }

    String label(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** "Trong đó: …" — received in the month and carried over, then the resolution groups at the month's end. */
    String breakdown(MonthlyList list) {
        return messages.get("report.breakdown", list.receivedInMonth(), list.carriedOver(),
                list.count(ResolutionGroup.RESOLVED), list.count(ResolutionGroup.IN_PROGRESS),
                list.count(ResolutionGroup.NOT_RESOLVED));
    }

    /** "Tân Lập, ngày 26 tháng 11 năm 2026": the office's place and the day the list is issued. */
    String placeDate(MonthlyList list) {
        return PlaceDate.line(PlaceDate.placeOf(list.office().name(), list.office().province()), list.issuedOn());
    }

    private String result(MonthlyListRow row) {
        if (row.transferAgency() != null) {
            String transfer = row.transferDocNo() == null || row.transferDocNo().isBlank()
                    ? messages.get("report.result.transferred", row.transferAgency())
                    : messages.get("report.result.transferredDoc", row.transferAgency(), row.transferDocNo());
            return row.result() == null ? transfer : transfer + "; " + row.result();
        }
        return row.result();
    }

    private String note(MonthlyListRow row) {
        String note = row.note() == null || row.note().isBlank() ? null : row.note().strip();
        if (!row.carriedOver()) {
            return note;
        }
        String mark = messages.get("report.carriedOver");
        return note == null ? mark : mark + "; " + note;
    }
}
