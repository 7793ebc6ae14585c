package vn.danvan.desk.dialogue.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of the opinions table (the second part of the file), in any order, named in its header row in
 * English or Vietnamese, accents and case aside. Only {@link #CONTENT} and {@link #OUTCOME} must be there.
 */
enum OpinionColumn {
    SPEAKER(false, "speaker", "người phát biểu", "người nêu ý kiến", "họ tên"),
    VILLAGE(false, "village", "thôn", "thôn tổ dân phố", "thôn, tổ dân phố", "địa bàn"),
    FIELD(false, "field", "lĩnh vực"),
    CONTENT(true, "content", "nội dung", "nội dung ý kiến", "ý kiến"),
    OUTCOME(true, "outcome", "kết quả", "hình thức xử lý", "xử lý"),
    ANSWERED_BY(false, "answered by", "người trả lời"),
    ANSWER(false, "answer", "nội dung trả lời", "trả lời"),
    PETITION_KIND(false, "petition kind", "kind", "loại đơn");

    private final boolean required;
    private final List<String> names;

    OpinionColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    boolean required() {
        return required;
    }

    String label() {
        return names.get(0);
    }

    static Optional<OpinionColumn> of(String typed) {
        String key = CsvWords.key(typed);
        return Arrays.stream(values()).filter(c -> c.names.stream().anyMatch(n -> CsvWords.key(n).equals(key)))
                .findFirst();
    }

    /** The English names of every column, for a message that lists them. */
    static String labels() {
        return Arrays.stream(values()).map(OpinionColumn::label).collect(Collectors.joining(", "));
    }
}
