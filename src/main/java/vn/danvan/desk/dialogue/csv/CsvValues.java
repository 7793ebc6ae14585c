package vn.danvan.desk.dialogue.csv;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.dialogue.Chair;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.OpinionOutcome;
import vn.danvan.desk.petition.PetitionKind;

/**
 * The values of a dialogue file: dates ({@code 05/11/2026} or {@code 2026-11-05}), times ({@code 8:00},
 * {@code 14h30}), head-counts, the session kind, an opinion's outcome and petition kind (each by its code, its name
 * in the app in either language, or a usual Vietnamese word), lists and chairs. Empty means "not found".
 */
public final class CsvValues {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}) ?(?:h|g|gio)? ?(\\d{2})? ?(?:p|phut)?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(?:[.\\s]\\d{3})*|\\d+");
    /** Between a chair's name and title: a dash with spaces around it, or an em or en dash. */
    private static final Pattern CHAIR_SEPARATOR = Pattern.compile("\\s+[-–—]\\s+|\\s*[–—]\\s*");
    private static final Pattern TITLE_IN_BRACKETS = Pattern.compile("(.+?)\\s*\\((.+)\\)\\s*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;\\n\\r]+");

    private static final Map<DialogueKind, List<String>> KIND_WORDS = new EnumMap<>(Map.of(
            DialogueKind.ANNUAL_CONFERENCE, List.of("annual conference", "hội nghị đối thoại", "hội nghị"),
            DialogueKind.LEADER_DIALOGUE, List.of("leader dialogue", "đối thoại trực tiếp", "đối thoại của bí thư",
                    "đối thoại của chủ tịch"),
            DialogueKind.RECEPTION_PERIODIC, List.of("reception periodic", "periodic reception",
                    "tiếp công dân định kỳ"),
            DialogueKind.RECEPTION_AD_HOC, List.of("reception ad hoc", "ad hoc reception", "tiếp công dân đột xuất"),
            DialogueKind.VOTER_CONTACT, List.of("voter contact", "tiếp xúc cử tri"),
            DialogueKind.COMPLAINT_DIALOGUE, List.of("complaint dialogue", "đối thoại giải quyết khiếu nại",
                    "đối thoại khiếu nại")));
    private static final Map<OpinionOutcome, List<String>> OUTCOME_WORDS = new EnumMap<>(Map.of(
            OpinionOutcome.ANSWERED, List.of("answered", "answered on the spot", "trả lời tại chỗ", "đã trả lời",
                    "trả lời", "tại chỗ"),
            OpinionOutcome.FOLLOW_UP, List.of("follow up", "followup", "cần xem xét", "cần xem xét giải quyết",
                    "xem xét", "xem xét giải quyết", "theo dõi", "chuyển xử lý")));
    private static final Map<PetitionKind, List<String>> PETITION_KIND_WORDS = new EnumMap<>(Map.of(
            PetitionKind.COMPLAINT, List.of("khiếu nại"),
            PetitionKind.DENUNCIATION, List.of("tố cáo"),
            PetitionKind.RECOMMENDATION, List.of("kiến nghị"),
            PetitionKind.FEEDBACK, List.of("phản ánh"),
            PetitionKind.POLICY_QUESTION, List.of("hỏi chính sách", "policy question")));

    private CsvValues() {
    }

    /** A date as {@code 05/11/2026}, {@code 5-11-2026}, {@code 5.11.2026} or {@code 2026-11-05}. */
    public static Optional<LocalDate> date(String text) {
        String typed = text.strip();
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(CsvWords.key(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** A head-count: a whole number, thousands may be grouped ({@code 1.200}). */
    static Optional<Integer> count(String text) {
        String typed = text.strip();
        if (!COUNT.matcher(typed).matches() || typed.length() > 9) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(typed.replaceAll("[.\\s]", "")));
    }

    static Optional<DialogueKind> kind(String text) {
        return match(text, DialogueKind.values(), KIND_WORDS, DialogueKind::messageKey);
    }

    static Optional<OpinionOutcome> outcome(String text) {
        return match(text, OpinionOutcome.values(), OUTCOME_WORDS, OpinionOutcome::messageKey);
    }

    static Optional<PetitionKind> petitionKind(String text) {
        return match(text, PetitionKind.values(), PETITION_KIND_WORDS, PetitionKind::messageKey);
    }

    /** Names separated by semicolons or line breaks, blanks dropped. */
    static List<String> list(String text) {
        return Arrays.stream(LIST_SEPARATOR.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Chairs from one cell ({@code Nguyễn Văn An — Bí thư Đảng ủy; Trần Thị Bình (Chủ tịch UBND xã)}: the title after
     * a dash or in brackets, optional) or, when a third cell is given, the name in the second and the title in the
     * third.
     */
    static List<Chair> chairs(String cell, String titleCell) {
        if (!titleCell.isBlank()) {
            return List.of(new Chair(cell.strip(), titleCell.strip()));
        }
        List<Chair> chairs = new ArrayList<>();
        for (String one : list(cell)) {
            Matcher bracketed = TITLE_IN_BRACKETS.matcher(one);
            if (bracketed.matches()) {
                chairs.add(new Chair(bracketed.group(1).strip(), bracketed.group(2).strip()));
                continue;
            }
            String[] parts = CHAIR_SEPARATOR.split(one, 2);
            chairs.add(new Chair(parts[0].strip(), parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null));
        }
        return chairs;
    }

    /** Matches the enum's code ({@code follow-up}), its name in the app in either language, or a usual word. */
    private static <E extends Enum<E>> Optional<E> match(String text, E[] values, Map<E, List<String>> words,
                                                         java.util.function.Function<E, String> messageKey) {
        String key = CsvWords.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (E value : values) {
            List<String> known = new ArrayList<>(words.getOrDefault(value, List.of()));
            known.add(value.name());
            for (AppLanguage language : AppLanguage.values()) {
                known.add(Messages.of(language).get(messageKey.apply(value)));
            }
            if (known.stream().anyMatch(word -> CsvWords.key(word).equals(key))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
