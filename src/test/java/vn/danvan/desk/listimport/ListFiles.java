package vn.danvan.desk.listimport;

import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;
import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.HANDLING_UNIT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_CODE_SEQUENCE;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_WORD_BLOCK;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.common.Sha256;

/** Lists to import, written as a user or another office would, and a fingerprint of what the register holds. */
final class ListFiles {

    /** The header's cells (the village column's name holds a comma, so it is quoted in CSV). */
    static final List<String> COLUMNS = List.of("STT", "Mã đơn", "Ngày tiếp nhận", "Người gửi", "Số định danh",
            "Thôn, tổ dân phố", "Địa chỉ", "Số người", "Nguồn tiếp nhận", "Loại đơn", "Lĩnh vực", "Nội dung tóm tắt",
            "Hướng xử lý", "Đơn vị xử lý", "Hạn giải quyết", "Trạng thái", "Ngày giải quyết", "Kết quả", "Ghi chú");

    private ListFiles() {
    }

    /** A good row: a recommendation received on 05/10/2026 from a person of Thôn Đông, with {@code code}. */
    static String[] row(String code, String name, String idNumber) {
        return new String[] {"1", code, "05/10/2026", name, idNumber, "Thôn Đông", "Xóm Giữa", "1",
                "Tiếp công dân trực tiếp", "Kiến nghị", "Đất đai", "Đề nghị cấp giấy chứng nhận cho " + name, "",
                "", "20/10/2026", "Mới tiếp nhận", "", "", ""};
    }

    /** {@code row} with the cell of {@code column} replaced. */
    static String[] with(String[] row, String column, String value) {
        String[] copy = Arrays.copyOf(row, row.length);
        copy[COLUMNS.indexOf(column)] = value;
        return copy;
    }

    /** A UTF-8 CSV with a byte-order mark and the header, as the export writes it. */
    static Path csv(Path file, String[]... rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", COLUMNS.stream().map(ListFiles::quoted).toList()));
        for (String[] row : rows) {
            lines.add(String.join(",", Arrays.stream(row).map(ListFiles::quoted).toList()));
        }
        return Files.write(file, ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** Every row of the tables an import writes, in key order, hashed: equal before and after means nothing changed. */
    static String fingerprint(AppServices services) {
        return Sha256.of(data(services) + services.database().dsl().fetchCount(AUDIT_LOG));
    }

    /** The register's data without the audit log (an import that skips every row is still logged). */
    static String dataFingerprint(AppServices services) {
        return Sha256.of(data(services));
    }

    private static String data(AppServices services) {
        DSLContext dsl = services.database().dsl();
        StringBuilder all = new StringBuilder();
        all.append(dsl.selectFrom(PETITION).orderBy(PETITION.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(CITIZEN).orderBy(CITIZEN.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(PETITION_EVENT).orderBy(PETITION_EVENT.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(PETITION_SEARCH).orderBy(PETITION_SEARCH.DOC_NO).fetch().formatCSV());
        all.append(dsl.selectFrom(PETITION_WORD_BLOCK).orderBy(PETITION_WORD_BLOCK.SECRET, PETITION_WORD_BLOCK.BUCKET,
                PETITION_WORD_BLOCK.BLOCK_NO).fetch().formatCSV());
        // the dashboard's tallies, without the combinations whose count fell back to 0 (they stay, read as absent)
        for (vn.danvan.desk.dashboard.PetitionTally tally : vn.danvan.desk.dashboard.PetitionTally.values()) {
            all.append(dsl.fetch(tally.tallySql() + " ORDER BY " + String.join(", ", tally.columns())).formatCSV());
        }
        all.append(dsl.selectFrom(VILLAGE).orderBy(VILLAGE.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(HANDLING_UNIT).orderBy(HANDLING_UNIT.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(PETITION_CODE_SEQUENCE).orderBy(PETITION_CODE_SEQUENCE.PREFIX,
                PETITION_CODE_SEQUENCE.CODE_YEAR).fetch().formatCSV());
        return all.toString();
    }
}
