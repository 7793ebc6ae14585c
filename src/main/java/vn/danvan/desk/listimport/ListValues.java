package vn.danvan.desk.listimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.dialogue.csv.CsvValues;
import vn.danvan.desk.dialogue.csv.CsvWords;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * The values of a list's cells: labels of the closed sets (kind, channel, status, handling) by their name in either
 * language or their code, accents, case and punctuation aside; dates as {@code dd/MM/yyyy} (also {@code d-M-yyyy},
 * {@code d.M.yyyy}), ISO {@code yyyy-MM-dd} or a spreadsheet date; counts; 12-digit ID numbers; the export's marks
 * (masked identity, anonymous, carried over). Empty means "cannot be read".
 */
final class ListValues {

    /** Day 0 of Excel's 1900 date system, as the serial numbers after February 1900 count it. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}");
    private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");

    private static final Map<String, PetitionKind> KINDS = labels(PetitionKind.values(), PetitionKind::messageKey,
            Map.of());
    private static final Map<String, PetitionChannel> CHANNELS = labels(PetitionChannel.values(),
            PetitionChannel::messageKey, Map.of("doi thoai", PetitionChannel.DIALOGUE,
                    "tiep cong dan", PetitionChannel.RECEPTION, "buu chinh", PetitionChannel.POST,
                    "thu dien tu", PetitionChannel.ONLINE, "cong truc tuyen", PetitionChannel.ONLINE));
    private static final Map<String, PetitionStatus> STATUSES = labels(PetitionStatus.values(),
            PetitionStatus::messageKey, Map.of("moi", PetitionStatus.RECEIVED));
    private static final Map<String, HandlingDirection> DIRECTIONS = labels(HandlingDirection.values(),
            HandlingDirection::messageKey, Map.of());

    private static final Messages VI = Messages.of(AppLanguage.VI);
    private static final Messages EN = Messages.of(AppLanguage.EN);
    private static final List<String> MASKS = List.of(key(VI.get("report.masked")), key(EN.get("report.masked")));
    private static final List<String> ANONYMOUS = List.of(key(VI.get("report.anonymous")),
            key(EN.get("report.anonymous")));
    /** No mark is longer than this (names are, mostly: they are not folded then). */
    private static final int SHORTEST_MARK = 24;
    private static final List<String> CARRIED_OVER = List.of(VI.get("report.carriedOver"),
            EN.get("report.carriedOver"));

    private ListValues() {
    }

    private static <E extends Enum<E>> Map<String, E> labels(E[] values, Function<E, String> messageKey,
                                                             Map<String, E> usual) {
        Map<String, E> labels = new HashMap<>(usual);
        for (E value : values) {
            labels.put(key(value.name()), value);
            for (AppLanguage language : AppLanguage.values()) {
                labels.put(key(Messages.of(language).get(messageKey.apply(value))), value);
            }
        }
        return Map.copyOf(labels);
    }

    /**
     * {@code text} with each invisible control character (a NUL, an escape, a vertical tab, C1 codes…; tab and line
     * breaks aside) replaced by a space: they cannot be typed in the app, break the XML of an exported workbook and
     * can disguise a text on a terminal.
     */
    static String withoutControlCharacters(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            if (control && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null) {
                clean.append(control ? ' ' : c);
            }
        }
        return clean == null ? text : clean.toString();
    }

    static String key(String text) {
        return CsvWords.key(text);
    }

    static Optional<PetitionKind> kind(String text) {
        return Optional.ofNullable(KINDS.get(key(text)));
    }

    static Optional<PetitionChannel> channel(String text) {
        return Optional.ofNullable(CHANNELS.get(key(text)));
    }

    static Optional<PetitionStatus> status(String text) {
        return Optional.ofNullable(STATUSES.get(key(text)));
    }

    static Optional<HandlingDirection> direction(String text) {
        return Optional.ofNullable(DIRECTIONS.get(key(text)));
    }

    /** A date typed as text, or a spreadsheet's date number (whole days since 30/12/1899). */
    static Optional<LocalDate> date(Object cell) {
        if (cell instanceof BigDecimal serial) {
            if (serial.signum() <= 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
                return Optional.empty();
            }
            return Optional.of(EXCEL_EPOCH.plusDays(serial.longValue()));
        }
        String typed = cell == null ? "" : cell.toString().strip();
        int time = typed.indexOf('T') > 0 ? typed.indexOf('T') : typed.indexOf(' ');
        if (time > 0) {
            typed = typed.substring(0, time); // "2026-10-05T00:00", "05/10/2026 00:00:00"
        }
        return CsvValues.date(typed);
    }

    /** A whole number of people from 1: typed digits or a number cell. */
    static Optional<Integer> count(Object cell) {
        if (cell instanceof BigDecimal number) {
            try {
                return Optional.of(number.intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        String typed = cell == null ? "" : cell.toString().strip();
        return COUNT.matcher(typed).matches() ? Optional.of(Integer.parseInt(typed)) : Optional.empty();
    }

    /**
     * A personal ID number of exactly 12 digits; spaces, dots and dashes between digits are dropped, and a number
     * cell that lost its leading zeros in a spreadsheet gets them back.
     */
    static Optional<String> idNumber(Object cell) {
        String typed;
        if (cell instanceof BigDecimal number) {
            if (number.signum() < 0 || number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
                return Optional.empty();
            }
            typed = number.toBigInteger().toString();
            typed = typed.length() < 12 ? "0".repeat(12 - typed.length()) + typed : typed;
        } else {
            typed = ID_SEPARATORS.matcher(cell == null ? "" : cell.toString()).replaceAll("");
        }
        return ID_NUMBER.matcher(typed).matches() ? Optional.of(typed) : Optional.empty();
    }

    /** Whether the cell is the export's mask of a protected identity, "(bảo mật)". */
    static boolean masked(String text) {
        return text.length() <= SHORTEST_MARK && MASKS.contains(key(text));
    }

    /** Whether the petitioner's cell says the petition is anonymous, "Nặc danh". */
    static boolean anonymous(String text) {
        return text.length() <= SHORTEST_MARK && ANONYMOUS.contains(key(text));
    }

    /** The note without the export's "Kỳ trước chuyển sang" mark (it is worked out from the dates again). */
    static String withoutCarriedOverMark(String note) {
        for (String mark : CARRIED_OVER) {
            if (note.equals(mark)) {
                return "";
            }
            if (note.startsWith(mark + "; ")) {
                return note.substring(mark.length() + 2);
            }
        }
        return note;
    }
}
