package vn.danvan.desk.dialogue.csv;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;
import vn.danvan.desk.dialogue.Chair;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.DialogueRules;
import vn.danvan.desk.dialogue.OpinionDraft;
import vn.danvan.desk.dialogue.SessionDraft;

/**
 * The session block of a dialogue file: {@code key,value} lines up to the first blank line. Reads every key, checks
 * every value with {@link DialogueRules}, and notes each problem on the line of the key it concerns.
 */
final class SessionBlock {

    private final Map<SessionKey, CsvRow> rows = new EnumMap<>(SessionKey.class);
    private final List<CsvRow> chairRows = new ArrayList<>();
    private final List<LineProblem> problems;
    private final int firstLine;

    SessionBlock(List<CsvRow> block, List<LineProblem> problems) {
        this.problems = problems;
        this.firstLine = block.isEmpty() ? 1 : block.get(0).line();
        for (CsvRow row : block) {
            read(row);
        }
    }

    private void read(CsvRow row) {
        String typed = row.cell(0);
        if (typed.isBlank()) {
            problems.add(LineProblem.at(row.line(), null, "dialogue.import.noKey"));
            return;
        }
        Optional<SessionKey> key = SessionKey.of(typed);
        if (key.isEmpty()) {
            problems.add(LineProblem.at(row.line(), null, "dialogue.import.unknownKey", typed.strip()));
            return;
        }
        int width = key.get() == SessionKey.CHAIR ? 3 : 2;
        List<String> extra = row.cells().subList(Math.min(width, row.cells().size()), row.cells().size()).stream()
                .filter(c -> !c.isBlank()).toList();
        if (!extra.isEmpty()) {
            problems.add(LineProblem.at(row.line(), typed.strip(), "dialogue.import.extraCells",
                    String.join(" | ", extra)));
        }
        if (key.get().repeats()) {
            chairRows.add(row);
        } else if (rows.containsKey(key.get())) {
            problems.add(LineProblem.at(row.line(), typed.strip(), "dialogue.import.duplicateKey",
                    rows.get(key.get()).line()));
        } else {
            rows.put(key.get(), row);
        }
    }

    /** The villages named by the session, resolved in the catalog (problems noted on their line). */
    List<UUID> villages(CatalogNames catalog) {
        List<UUID> ids = new ArrayList<>();
        CsvRow row = rows.get(SessionKey.VILLAGES);
        if (row != null) {
            for (String name : CsvValues.list(row.cell(1))) {
                CatalogNames.Match match = catalog.find(name);
                if (match.found()) {
                    ids.add(match.id());
                } else {
                    problems.add(catalog.problem(row.line(), where(row), name, match));
                }
            }
        }
        return ids;
    }

    /** The session as typed, with {@code opinions}; every problem of its own fields is noted. */
    SessionDraft draft(List<UUID> villageIds, List<OpinionDraft> opinions, LocalDate today) {
        for (SessionKey key : SessionKey.values()) {
            if (key.required() && !rows.containsKey(key) && (key != SessionKey.CHAIR || chairRows.isEmpty())) {
                problems.add(LineProblem.at(firstLine, null, "dialogue.import.missingKey", key.label()));
            }
        }
        DialogueKind kind = value(SessionKey.KIND, CsvValues::kind, "dialogue.import.badKind").orElse(null);
        if (rows.containsKey(SessionKey.KIND) && text(SessionKey.KIND) == null) {
            note(SessionKey.KIND, Problem.of("validation.dialogue.kind"));
        }
        LocalDate date = value(SessionKey.DATE, CsvValues::date, "dialogue.import.badDate").orElse(null);
        if (date != null) {
            note(SessionKey.DATE, DialogueRules.date(date, today));
        } else if (rows.containsKey(SessionKey.DATE) && text(SessionKey.DATE) == null) {
            note(SessionKey.DATE, Problem.of("validation.required"));
        }
        LocalTime start = value(SessionKey.START, CsvValues::time, "dialogue.import.badTime").orElse(null);
        LocalTime end = value(SessionKey.END, CsvValues::time, "dialogue.import.badTime").orElse(null);
        note(SessionKey.END, DialogueRules.times(start, end));
        String place = text(SessionKey.PLACE);
        if (rows.containsKey(SessionKey.PLACE)) {
            note(SessionKey.PLACE, DialogueRules.place(place));
        }
        List<Chair> chairs = chairs();
        int citizens = count(SessionKey.CITIZENS);
        int officials = count(SessionKey.OFFICIALS);
        String bodies = longText(SessionKey.BODIES, DialogueRules.BODIES_MAX);
        String topics = longText(SessionKey.TOPICS, DialogueRules.TOPICS_MAX);
        String conclusions = longText(SessionKey.CONCLUSIONS, DialogueRules.TEXT_MAX);
        String agreed = longText(SessionKey.AGREED, DialogueRules.TEXT_MAX);
        String disputed = longText(SessionKey.DISPUTED, DialogueRules.TEXT_MAX);
        String absent = longText(SessionKey.ABSENT, DialogueRules.ABSENT_MAX);
        String noteTaker = longText(SessionKey.NOTE_TAKER, DialogueRules.NAME_MAX);
        return new SessionDraft(null, 0, kind, date, start, end, place, villageIds, chairs, bodies, citizens,
                officials, topics, conclusions, agreed, disputed, absent, noteTaker, opinions, List.of());
    }

    private List<Chair> chairs() {
        List<Chair> chairs = new ArrayList<>();
        for (CsvRow row : chairRows) {
            List<Chair> onLine = CsvValues.chairs(row.cell(1), row.cell(2));
            Optional<Problem> problem = DialogueRules.chairs(onLine);
            problem.ifPresent(p -> problems.add(new LineProblem(row.line(), where(row), p)));
            chairs.addAll(onLine);
        }
        return chairs;
    }

    private int count(SessionKey key) {
        Optional<Integer> count = value(key, CsvValues::count, "dialogue.import.badCount");
        count.ifPresent(c -> note(key, DialogueRules.headcount(c)));
        return count.orElse(0);
    }

    private String longText(SessionKey key, int max) {
        String text = text(key);
        note(key, TextRules.maxLength(text, max));
        return text;
    }

    /** The value of {@code key} read by {@code parse}; a value that cannot be read is noted with {@code badKey}. */
    private <T> Optional<T> value(SessionKey key, Function<String, Optional<T>> parse, String badKey) {
        String text = text(key);
        if (text == null) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            CsvRow row = rows.get(key);
            problems.add(LineProblem.at(row.line(), where(row), badKey, text.strip()));
        }
        return value;
    }

    /** The raw value of {@code key}, null when the key is absent or its value blank. */
    private String text(SessionKey key) {
        CsvRow row = rows.get(key);
        return row == null || row.cell(1).isBlank() ? null : row.cell(1);
    }

    private void note(SessionKey key, Optional<Problem> problem) {
        CsvRow row = rows.get(key);
        problem.ifPresent(p -> problems.add(new LineProblem(row == null ? firstLine : row.line(),
                row == null ? null : where(row), p)));
    }

    private static String where(CsvRow row) {
        return row.cell(0).strip();
    }
}
