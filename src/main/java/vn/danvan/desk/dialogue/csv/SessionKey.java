package vn.danvan.desk.dialogue.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lines of the session block (the first part of the file): {@code key,value}. Each key is known by its English
 * name and by Vietnamese names, compared without accents or case.
 */
enum SessionKey {
    KIND(true, "kind", "loại buổi", "hình thức", "loại"),
    DATE(true, "date", "ngày", "ngày họp"),
    START(false, "start", "bắt đầu", "giờ bắt đầu", "từ"),
    END(false, "end", "kết thúc", "giờ kết thúc", "đến"),
    PLACE(true, "place", "địa điểm", "nơi họp"),
    VILLAGES(false, "villages", "village", "thôn", "thôn tổ dân phố", "thôn, tổ dân phố", "địa bàn"),
    CHAIR(true, "chair", "chairs", "chủ trì", "người chủ trì"),
    BODIES(false, "participating bodies", "bodies", "thành phần tham dự", "thành phần", "cơ quan tham dự"),
    CITIZENS(false, "citizens", "số công dân", "công dân", "số người dân"),
    OFFICIALS(false, "officials", "số cán bộ", "cán bộ", "số đại biểu"),
    TOPICS(false, "topics", "nội dung chính", "chủ đề", "nội dung"),
    CONCLUSIONS(false, "conclusions", "kết luận"),
    AGREED(false, "points agreed", "agreed", "điểm thống nhất", "nội dung thống nhất"),
    DISPUTED(false, "points disputed", "disputed", "điểm chưa thống nhất", "nội dung chưa thống nhất"),
    ABSENT(false, "absent", "vắng mặt", "người vắng mặt"),
    NOTE_TAKER(false, "note taker", "thư ký", "người ghi biên bản");

    private final boolean required;
    private final List<String> names;

    SessionKey(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    boolean required() {
        return required;
    }

    /** The name shown in messages and in the README: the English one. */
    String label() {
        return names.get(0);
    }

    /** Whether the key may be given on several lines (several chairs). */
    boolean repeats() {
        return this == CHAIR;
    }

    static Optional<SessionKey> of(String typed) {
        String key = CsvWords.key(typed);
        return Arrays.stream(values()).filter(k -> k.names.stream().anyMatch(n -> CsvWords.key(n).equals(key)))
                .findFirst();
    }
}
