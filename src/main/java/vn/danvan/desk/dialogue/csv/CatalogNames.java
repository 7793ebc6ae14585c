package vn.danvan.desk.dialogue.csv;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a catalog entry (village, field) by the name typed in the file, accents, case and punctuation aside: the
 * whole name ({@code thon dong} is {@code Thôn Đông}), else the one name that contains the typed words
 * ({@code Đông} is {@code Thôn Đông}, {@code bồi thường} is {@code Bồi thường, giải phóng mặt bằng, tái định cư}).
 */
final class CatalogNames {

    /** The outcome of a look-up: the id when exactly one entry fits, else the names that fit (none or several). */
    record Match(UUID id, List<String> candidates) {

        boolean found() {
            return id != null;
        }
    }

    private final Map<UUID, String> names;
    private final String unknownKey;
    private final String ambiguousKey;

    /**
     * {@code names}: id → name, in the catalog's order; the message keys for a name that fits no entry and one that
     * fits several ({0} the name typed, {1} the entries that fit).
     */
    CatalogNames(Map<UUID, String> names, String unknownKey, String ambiguousKey) {
        this.names = names;
        this.unknownKey = unknownKey;
        this.ambiguousKey = ambiguousKey;
    }

    /** Why {@code typed} was not found, on {@code line}. */
    LineProblem problem(int line, String where, String typed, Match match) {
        return match.candidates().isEmpty()
                ? LineProblem.at(line, where, unknownKey, typed.strip())
                : LineProblem.at(line, where, ambiguousKey, typed.strip(), String.join("; ", match.candidates()));
    }

    Match find(String typed) {
        String key = CsvWords.key(typed);
        List<UUID> exact = names.entrySet().stream().filter(e -> CsvWords.key(e.getValue()).equals(key))
                .map(Map.Entry::getKey).toList();
        if (exact.size() == 1) {
            return new Match(exact.get(0), List.of());
        }
        Pattern words = Pattern.compile("(^| )" + Pattern.quote(key) + "( |$)");
        List<Map.Entry<UUID, String>> partial = names.entrySet().stream()
                .filter(e -> !key.isEmpty() && words.matcher(CsvWords.key(e.getValue())).find())
                .collect(Collectors.toList());
        if (exact.isEmpty() && partial.size() == 1) {
            return new Match(partial.get(0).getKey(), List.of());
        }
        List<UUID> fitting = exact.isEmpty() ? partial.stream().map(Map.Entry::getKey).toList() : exact;
        return new Match(null, fitting.stream().map(names::get).toList());
    }
}
