package vn.danvan.desk.dialogue.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.dialogue.DialogueRules;
import vn.danvan.desk.dialogue.OpinionDraft;
import vn.danvan.desk.dialogue.OpinionOutcome;
import vn.danvan.desk.petition.PetitionKind;

/**
 * The opinions table of a dialogue file: a header row naming the columns, then one row per opinion. Each row is
 * read whole, so that every problem of every row is noted on its line; rows left blank are skipped.
 */
final class OpinionTable {

    private final List<CsvRow> rows;
    private final CatalogNames villages;
    private final CatalogNames fields;
    private final UUID defaultVillage;
    private final List<LineProblem> problems;
    private final Map<OpinionColumn, Integer> columns = new EnumMap<>(OpinionColumn.class);
    /** Columns whose header is already reported (unknown or repeated): their cells are not reported again. */
    private final Set<Integer> refusedColumns = new java.util.HashSet<>();

    /**
     * {@code rows}: the header row first. {@code defaultVillage}: the village of an opinion whose village is left
     * empty (the session's own village when it names exactly one), or null.
     */
    OpinionTable(List<CsvRow> rows, CatalogNames villages, CatalogNames fields, UUID defaultVillage,
                 List<LineProblem> problems) {
        this.rows = rows;
        this.villages = villages;
        this.fields = fields;
        this.defaultVillage = defaultVillage;
        this.problems = problems;
    }

    List<OpinionDraft> opinions() {
        if (rows.isEmpty() || !readHeader(rows.get(0))) {
            return List.of();
        }
        List<OpinionDraft> opinions = new ArrayList<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            if (!row.blank()) {
                opinions.add(opinion(row, opinions.size() + 1));
            }
        }
        if (opinions.size() > DialogueRules.MAX_OPINIONS) {
            problems.add(new LineProblem(rows.get(0).line(), null,
                    new Problem("validation.dialogue.tooManyOpinions", DialogueRules.MAX_OPINIONS)));
        }
        return opinions;
    }

    /** Reads the column names; false when the rows cannot be read (a required column is missing). */
    private boolean readHeader(CsvRow header) {
        for (int i = 0; i < header.cells().size(); i++) {
            String typed = header.cell(i);
            if (typed.isBlank()) {
                continue;
            }
            Optional<OpinionColumn> column = OpinionColumn.of(typed);
            if (column.isEmpty() || columns.containsKey(column.get())) {
                refusedColumns.add(i);
            }
            if (column.isEmpty()) {
                problems.add(LineProblem.at(header.line(), null, "dialogue.import.unknownColumn", typed.strip(),
                        OpinionColumn.labels()));
            } else if (columns.containsKey(column.get())) {
                problems.add(LineProblem.at(header.line(), null, "dialogue.import.duplicateColumn", typed.strip()));
            } else {
                columns.put(column.get(), i);
            }
        }
        boolean readable = true;
        for (OpinionColumn column : OpinionColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(LineProblem.at(header.line(), null, "dialogue.import.missingColumn", column.label()));
                readable = false;
            }
        }
        return readable;
    }

    private OpinionDraft opinion(CsvRow row, int number) {
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!columns.containsValue(i) && !refusedColumns.contains(i) && !row.cell(i).isBlank()) {
                extra.add(row.cell(i).strip());
            }
        }
        if (!extra.isEmpty()) {
            problems.add(LineProblem.at(row.line(), null, "dialogue.import.extraCells", String.join(" | ", extra)));
        }
        boolean fieldUnread = false;
        boolean outcomeUnread = false;
        boolean kindUnread = false;
        UUID village = defaultVillage;
        if (!cell(row, OpinionColumn.VILLAGE).isBlank()) {
            village = lookUp(row, OpinionColumn.VILLAGE, villages);
        }
        UUID field = null;
        if (!cell(row, OpinionColumn.FIELD).isBlank()) {
            field = lookUp(row, OpinionColumn.FIELD, fields);
            fieldUnread = field == null;
        }
        OpinionOutcome outcome = null;
        if (!cell(row, OpinionColumn.OUTCOME).isBlank()) {
            outcome = CsvValues.outcome(cell(row, OpinionColumn.OUTCOME)).orElse(null);
            outcomeUnread = outcome == null;
            if (outcomeUnread) {
                problems.add(LineProblem.at(row.line(), where(OpinionColumn.OUTCOME), "dialogue.import.badOutcome",
                        cell(row, OpinionColumn.OUTCOME).strip()));
            }
        }
        PetitionKind kind = null;
        if (outcome == OpinionOutcome.FOLLOW_UP) {
            kind = PetitionKind.RECOMMENDATION;
            if (!cell(row, OpinionColumn.PETITION_KIND).isBlank()) {
                kind = CsvValues.petitionKind(cell(row, OpinionColumn.PETITION_KIND)).orElse(null);
                kindUnread = kind == null;
                if (kindUnread) {
                    problems.add(LineProblem.at(row.line(), where(OpinionColumn.PETITION_KIND),
                            "dialogue.import.badPetitionKind", cell(row, OpinionColumn.PETITION_KIND).strip()));
                }
            }
        }
        OpinionDraft draft = new OpinionDraft(null, null, blankToNull(cell(row, OpinionColumn.SPEAKER)), village,
                field, cell(row, OpinionColumn.CONTENT), outcome, blankToNull(cell(row, OpinionColumn.ANSWERED_BY)),
                blankToNull(cell(row, OpinionColumn.ANSWER)), kind, null, null);
        Optional<Problem> rule = DialogueRules.opinion(draft, number, 0);
        Set<String> alreadySaid = new java.util.HashSet<>();
        if (fieldUnread) {
            alreadySaid.add("validation.dialogue.opinionField");
        }
        if (outcomeUnread) {
            alreadySaid.add("validation.dialogue.opinionOutcome");
        }
        if (kindUnread) {
            alreadySaid.add("validation.dialogue.opinionKind");
        }
        rule.filter(p -> !alreadySaid.contains(p.messageKey()))
                .ifPresent(p -> problems.add(new LineProblem(row.line(), null, p)));
        return draft;
    }

    private UUID lookUp(CsvRow row, OpinionColumn column, CatalogNames catalog) {
        String typed = cell(row, column);
        CatalogNames.Match match = catalog.find(typed);
        if (!match.found()) {
            problems.add(catalog.problem(row.line(), where(column), typed, match));
        }
        return match.id();
    }

    private String cell(CsvRow row, OpinionColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    /** The column as the header row names it. */
    private String where(OpinionColumn column) {
        return rows.get(0).cell(columns.get(column)).strip();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
