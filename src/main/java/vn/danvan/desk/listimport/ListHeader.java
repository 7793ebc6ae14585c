package vn.danvan.desk.listimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.dialogue.csv.CsvWords;
import vn.danvan.desk.report.MonthlyListColumn;

/**
 * The header row of a list: which column of the file holds which column of the monthly list. A header is recognised
 * by its name in either language, accents, case and punctuation aside ({@code Ngày tiếp nhận}, {@code ngay tiep nhan},
 * {@code Received}), or by a usual other name ({@code Số CCCD}, {@code Thôn}). The title block above the header of an
 * exported workbook is passed over: the header is the first row where at least three cells name columns.
 */
final class ListHeader {

    /** Columns a row cannot do without. */
    static final Set<MonthlyListColumn> REQUIRED = Set.of(MonthlyListColumn.RECEIVED, MonthlyListColumn.KIND,
            MonthlyListColumn.FIELD, MonthlyListColumn.SUMMARY);
    private static final int MIN_NAMED = 3;
    private static final Map<String, MonthlyListColumn> NAMES = names();

    private final Map<MonthlyListColumn, Integer> index;
    private final Map<MonthlyListColumn, String> written;

    private ListHeader(Map<MonthlyListColumn, Integer> index, Map<MonthlyListColumn, String> written) {
        this.index = index;
        this.written = written;
    }

    private static Map<String, MonthlyListColumn> names() {
        Map<String, MonthlyListColumn> names = new HashMap<>();
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            for (AppLanguage language : AppLanguage.values()) {
                names.put(CsvWords.key(Messages.of(language).get(column.messageKey())), column);
            }
            names.put(CsvWords.key(column.name()), column);
        }
        alias(names, MonthlyListColumn.ORDINAL, "số thứ tự", "tt", "no");
        alias(names, MonthlyListColumn.CODE, "mã", "mã số", "số hiệu đơn", "code");
        alias(names, MonthlyListColumn.RECEIVED, "ngày nhận", "ngày nhận đơn", "ngày tiếp nhận đơn");
        alias(names, MonthlyListColumn.PETITIONER, "người gửi đơn", "họ và tên", "họ tên", "người khiếu nại");
        alias(names, MonthlyListColumn.ID_NUMBER, "số cccd", "cccd", "số định danh cá nhân", "số căn cước");
        alias(names, MonthlyListColumn.VILLAGE, "thôn", "tổ dân phố", "thôn tổ", "village");
        alias(names, MonthlyListColumn.CHANNEL, "nguồn", "nguồn đơn", "channel");
        alias(names, MonthlyListColumn.FIELD, "lĩnh vực", "field");
        alias(names, MonthlyListColumn.SUMMARY, "nội dung", "tóm tắt nội dung", "summary");
        alias(names, MonthlyListColumn.UNIT, "đơn vị giải quyết", "cơ quan xử lý");
        alias(names, MonthlyListColumn.DUE, "hạn xử lý", "thời hạn giải quyết", "due date");
        alias(names, MonthlyListColumn.RESOLVED, "ngày hoàn thành", "ngày giải quyết xong");
        alias(names, MonthlyListColumn.RESULT, "kết quả giải quyết", "result");
        return Map.copyOf(names);
    }

    private static void alias(Map<String, MonthlyListColumn> names, MonthlyListColumn column, String... aliases) {
        for (String alias : aliases) {
            names.putIfAbsent(CsvWords.key(alias), column);
        }
    }

    /** Whether {@code row} looks like the header row (at least three cells name columns). */
    static boolean looksLikeHeader(SourceRow row) {
        int named = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            if (NAMES.containsKey(CsvWords.key(row.text(i))) && ++named >= MIN_NAMED) {
                return true;
            }
        }
        return false;
    }

    /** The columns of a header row; every unknown or repeated name and every missing required column is a problem. */
    static ListHeader of(SourceRow row, List<RowProblem> problems) {
        Map<MonthlyListColumn, Integer> index = new EnumMap<>(MonthlyListColumn.class);
        Map<MonthlyListColumn, String> written = new EnumMap<>(MonthlyListColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.text(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            MonthlyListColumn column = NAMES.get(CsvWords.key(name));
            if (column == null) {
                problems.add(RowProblem.of(row.number(), name, "listimport.problem.unknownColumn"));
            } else if (index.containsKey(column)) {
                problems.add(RowProblem.of(row.number(), name, "listimport.problem.repeatedColumn",
                        written.get(column)));
            } else {
                index.put(column, i);
                written.put(column, name);
            }
        }
        List<String> missing = new ArrayList<>();
        Messages vietnamese = Messages.of(AppLanguage.VI);
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            if (REQUIRED.contains(column) && !index.containsKey(column)) {
                missing.add(vietnamese.get(column.messageKey()));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(RowProblem.of(row.number(), null, "listimport.problem.missingColumns",
                    String.join(", ", missing)));
        }
        return new ListHeader(index, written);
    }

    Optional<Integer> index(MonthlyListColumn column) {
        return Optional.ofNullable(index.get(column));
    }

    /** The header of {@code column} as the file writes it, else its Vietnamese name. */
    String name(MonthlyListColumn column) {
        String name = written.get(column);
        return name != null ? name : Messages.of(AppLanguage.VI).get(column.messageKey());
    }

    Object cell(SourceRow row, MonthlyListColumn column) {
        Integer i = index.get(column);
        return i == null ? null : row.cell(i);
    }

    String text(SourceRow row, MonthlyListColumn column) {
        Integer i = index.get(column);
        return i == null ? "" : row.text(i).strip();
    }
}
