package vn.danvan.desk.listimport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.danvan.desk.catalog.field.PetitionField;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.report.MonthlyListColumn;

/**
 * The template of a list to import (Tải tệp mẫu): a first sheet with the monthly list's header and one example row
 * (to be replaced), and a second sheet, "Hướng dẫn", with what each column takes and the values the labelled
 * columns accept (kinds, channels, statuses, handling directions, the office's active fields).
 */
final class ListTemplateWriter {

    private static final Messages VI = Messages.of(AppLanguage.VI);
    private final List<PetitionField> fields;

    ListTemplateWriter(List<PetitionField> fields) {
        this.fields = fields.stream().filter(PetitionField::active).toList();
    }

    void write(OutputStream out, LocalDate today) throws IOException {
        Workbook workbook = new Workbook(out, "So Dan Van", "1.0");
        workbook.setGlobalDefaultFont("Times New Roman", 11);
        Worksheet list = workbook.newWorksheet(VI.get("listimport.template.sheet"));
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            list.value(0, column.ordinal(), VI.get(column.messageKey()));
            list.width(column.ordinal(), column == MonthlyListColumn.SUMMARY ? 50 : 18);
        }
        list.range(0, 0, 0, MonthlyListColumn.values().length - 1).style().bold().wrapText(true)
                .fillColor("DDEBF7").set();
        example(list, today);
        list.freezePane(0, 1);
        Worksheet notes = workbook.newWorksheet(VI.get("listimport.template.notesSheet"));
        notes.width(0, 28);
        notes.width(1, 90);
        int r = 0;
        notes.value(r, 0, VI.get("listimport.template.notesTitle"));
        notes.style(r, 0).bold().fontSize(13).set();
        r += 2;
        for (String line : VI.get("listimport.template.rules").split("\\|")) {
            notes.value(r++, 0, line);
        }
        r++;
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            notes.value(r, 0, VI.get(column.messageKey()));
            notes.style(r, 0).bold().set();
            notes.value(r++, 1, VI.get("listimport.template.column." + column.name().toLowerCase(java.util.Locale.ROOT)));
        }
        r = values(notes, r + 1, "report.column.kind", PetitionKind.values(), PetitionKind::messageKey);
        r = values(notes, r, "report.column.channel", PetitionChannel.values(), PetitionChannel::messageKey);
        r = values(notes, r, "report.column.status", PetitionStatus.values(), PetitionStatus::messageKey);
        r = values(notes, r, "report.column.direction", HandlingDirection.values(), HandlingDirection::messageKey);
        notes.value(r, 0, VI.get("report.column.field"));
        notes.style(r, 0).bold().set();
        for (PetitionField field : fields) {
            notes.value(r++, 1, field.name());
        }
        workbook.finish();
    }

    private void example(Worksheet sheet, LocalDate today) {
        String field = fields.isEmpty() ? "" : fields.get(0).name();
        Object[] values = {1, "", today, "Nguyễn Văn A", "001080012345", "Thôn Đông", "Xóm Giữa", 1,
                VI.get(PetitionChannel.RECEPTION.messageKey()), VI.get(PetitionKind.RECOMMENDATION.messageKey()),
                field, VI.get("listimport.template.exampleSummary"), "", "", "",
                VI.get(PetitionStatus.RECEIVED.messageKey()), "", "", ""};
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value instanceof LocalDate date) {
                sheet.value(1, c, date);
                sheet.style(1, c).format("dd/mm/yyyy").italic().set();
            } else if (value instanceof Integer number) {
                sheet.value(1, c, number);
                sheet.style(1, c).italic().set();
            } else if (!value.toString().isEmpty()) {
                sheet.value(1, c, value.toString());
                sheet.style(1, c).italic().set();
            }
        }
    }

    private static <E> int values(Worksheet sheet, int r, String columnKey, E[] values,
                                  Function<E, String> messageKey) {
        sheet.value(r, 0, VI.get(columnKey));
        sheet.style(r, 0).bold().set();
        sheet.value(r, 1, String.join("; ", Arrays.stream(values).map(v -> VI.get(messageKey.apply(v))).distinct()
                .toList()));
        sheet.style(r, 1).wrapText(true).set();
        return r + 1;
    }
}
