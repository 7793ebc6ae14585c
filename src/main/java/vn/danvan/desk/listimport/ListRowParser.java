package vn.danvan.desk.listimport;

import static vn.danvan.desk.report.MonthlyListColumn.ADDRESS;
import static vn.danvan.desk.report.MonthlyListColumn.CHANNEL;
import static vn.danvan.desk.report.MonthlyListColumn.CODE;
import static vn.danvan.desk.report.MonthlyListColumn.DIRECTION;
import static vn.danvan.desk.report.MonthlyListColumn.DUE;
import static vn.danvan.desk.report.MonthlyListColumn.FIELD;
import static vn.danvan.desk.report.MonthlyListColumn.ID_NUMBER;
import static vn.danvan.desk.report.MonthlyListColumn.KIND;
import static vn.danvan.desk.report.MonthlyListColumn.NOTE;
import static vn.danvan.desk.report.MonthlyListColumn.PEOPLE;
import static vn.danvan.desk.report.MonthlyListColumn.PETITIONER;
import static vn.danvan.desk.report.MonthlyListColumn.RECEIVED;
import static vn.danvan.desk.report.MonthlyListColumn.RESOLVED;
import static vn.danvan.desk.report.MonthlyListColumn.RESULT;
import static vn.danvan.desk.report.MonthlyListColumn.STATUS;
import static vn.danvan.desk.report.MonthlyListColumn.SUMMARY;
import static vn.danvan.desk.report.MonthlyListColumn.UNIT;
import static vn.danvan.desk.report.MonthlyListColumn.VILLAGE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.danvan.desk.citizen.CitizenRules;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionRules;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.report.MonthlyListColumn;

/**
 * Understands one row of a list and checks it the way the intake form would: every problem goes to the list given,
 * with the row's number and the column's header as the file writes them; a row with a problem gives nothing. An
 * empty due date is worked out from the deadline rules, an empty status is "Mới tiếp nhận", an empty channel
 * "Khác" and an empty head-count 1.
 */
final class ListRowParser {

    static final int CODE_MAX = 40;
    static final int RESULT_MAX = 8000;
    static final int AGENCY_MAX = 200;
    static final int DOC_NO_MAX = 60;
    static final int VILLAGE_MAX = 120;
    static final int UNIT_MAX = 200;

    private final ListHeader header;
    private final ListCatalogs catalogs;
    private final BiFunction<PetitionKind, LocalDate, Optional<LocalDate>> intakeDue;
    private final LocalDate today;
    /** Labels already read, by column and text as written: a list repeats a few labels many thousand times. */
    private final java.util.Map<MonthlyListColumn, java.util.Map<String, Optional<?>>> labels =
            new java.util.EnumMap<>(MonthlyListColumn.class);

    ListRowParser(ListHeader header, ListCatalogs catalogs,
                  BiFunction<PetitionKind, LocalDate, Optional<LocalDate>> intakeDue, LocalDate today) {
        this.header = header;
        this.catalogs = catalogs;
        this.intakeDue = intakeDue;
        this.today = today;
    }

    /** The code column's header as the file writes it. */
    String codeColumn() {
        return header.name(CODE);
    }

    /** The row understood, or empty when it has a problem (added to {@code problems}). */
    Optional<ParsedRow> parse(SourceRow source, List<RowProblem> problems) {
        Row r = new Row(source, problems);
        String code = r.text(CODE, CODE_MAX);
        LocalDate received = r.date(RECEIVED, true);
        if (received != null && received.isAfter(today)) {
            r.problem(RECEIVED, "listimport.problem.futureDate", VietnameseFormats.date(received));
        } else if (received != null && received.isBefore(PetitionRules.EARLIEST)) {
            r.problem(RECEIVED, "listimport.problem.tooEarly", PetitionRules.EARLIEST.getYear());
        }
        PetitionKind kind = r.choice(KIND, ListValues::kind, "listimport.problem.kind", null);
        UUID field = null;
        String fieldName = header.text(source, FIELD);
        if (fieldName.isEmpty()) {
            r.problem(FIELD, "listimport.problem.required");
        } else if ((field = catalogs.field(fieldName)) == null) {
            r.problem(FIELD, "listimport.problem.field", fieldName);
        }
        String summary = r.text(SUMMARY, PetitionRules.SUMMARY_MAX);
        if (summary == null) {
            r.problem(SUMMARY, "listimport.problem.required");
        }
        Who who = sender(r);
        String villageName = r.text(VILLAGE, VILLAGE_MAX);
        UUID village = villageName == null ? null : catalogs.village(villageName, source.number());
        Integer people = people(r);
        var channel = r.choice(CHANNEL, ListValues::channel, "listimport.problem.channel",
                vn.danvan.desk.petition.PetitionChannel.OTHER);
        var direction = r.choice(DIRECTION, ListValues::direction, "listimport.problem.direction", null);
        String unitName = r.text(UNIT, UNIT_MAX);
        UUID unit = unitName == null ? null : catalogs.unit(unitName, source.number());
        LocalDate due = r.date(DUE, false);
        if (due != null && received != null && due.isBefore(received)) {
            r.problem(DUE, "listimport.problem.dueBeforeReceived", VietnameseFormats.date(due),
                    VietnameseFormats.date(received));
        }
        PetitionStatus status = r.choice(STATUS, ListValues::status, "listimport.problem.status",
                PetitionStatus.RECEIVED);
        LocalDate resolved = r.date(RESOLVED, false);
        if (resolved != null && received != null && resolved.isBefore(received)) {
            r.problem(RESOLVED, "listimport.problem.resolvedBeforeReceived", VietnameseFormats.date(resolved),
                    VietnameseFormats.date(received));
        } else if (resolved != null && resolved.isAfter(today)) {
            r.problem(RESOLVED, "listimport.problem.futureDate", VietnameseFormats.date(resolved));
        }
        String result = r.text(RESULT, RESULT_MAX);
        String note = r.text(NOTE, PetitionRules.NOTE_MAX + 64);
        note = note == null ? null : VietnameseText.cleanOrNull(ListValues.withoutCarriedOverMark(note));
        if (note != null && note.length() > PetitionRules.NOTE_MAX) {
            r.problem(NOTE, "listimport.problem.tooLong", PetitionRules.NOTE_MAX);
        }
        if (r.failed) {
            return Optional.empty();
        }
        if (due == null) {
            due = intakeDue.apply(kind, received).orElse(null);
        }
        TransferText transfer = status == PetitionStatus.TRANSFERRED ? TransferText.parse(result) : null;
        return Optional.of(new ParsedRow(source.number(), code, received, who.sender(), who.name(), who.idNumber(),
                who.address(), village, villageName, people, channel, kind, field, summary, direction, unit,
                unitName, due, status, resolved, transfer == null ? result : transfer.result(),
                transfer == null ? null : transfer.agency(), transfer == null ? null : transfer.docNo(), note));
    }

    private record Who(ParsedRow.Sender sender, String name, String idNumber, String address) {
    }

    /** The petitioner's three cells: a person, "Nặc danh", "(bảo mật)" or nobody. */
    private Who sender(Row r) {
        String name = r.text(PETITIONER, CitizenRules.NAME_MAX);
        String idText = header.text(r.source, ID_NUMBER);
        String address = r.text(ADDRESS, CitizenRules.ADDRESS_MAX);
        boolean idMasked = ListValues.masked(idText);
        boolean addressMasked = address != null && ListValues.masked(address);
        if (name != null && (ListValues.masked(name) || ListValues.anonymous(name))) {
            boolean masked = ListValues.masked(name);
            if (!idText.isEmpty() && !idMasked || address != null && !addressMasked) {
                r.problem(!idText.isEmpty() && !idMasked ? ID_NUMBER : ADDRESS,
                        "listimport.problem.identityWithoutPerson", name);
            }
            return new Who(masked ? ParsedRow.Sender.MASKED : ParsedRow.Sender.ANONYMOUS, null, null, null);
        }
        String id = null;
        if (!idText.isEmpty()) {
            id = ListValues.idNumber(header.cell(r.source, ID_NUMBER)).orElse(null);
            if (id == null) {
                r.problem(ID_NUMBER, "listimport.problem.idNumber", idText);
            } else if (name == null) {
                r.problem(PETITIONER, "listimport.problem.nameMissing", id);
            }
        }
        if (name == null) {
            return new Who(ParsedRow.Sender.UNKNOWN, null, null, addressMasked ? null : address);
        }
        return new Who(ParsedRow.Sender.PERSON, name, id, address);
    }

    private Integer people(Row r) {
        Object cell = header.cell(r.source, PEOPLE);
        String typed = header.text(r.source, PEOPLE);
        if (typed.isEmpty()) {
            return 1;
        }
        Optional<Integer> count = ListValues.count(cell);
        if (count.isEmpty() || count.get() < 1 || count.get() > PetitionRules.MAX_PEOPLE) {
            r.problem(PEOPLE, "listimport.problem.people", typed, PetitionRules.MAX_PEOPLE);
            return 1;
        }
        return count.get();
    }

    /**
     * {@link VietnameseText#cleanOrNull}, without its regular expression for the usual cell that needs nothing
     * (already composed, single spaces, nothing around it).
     */
    static String clean(String text) {
        int n = text.length();
        if (n == 0) {
            return null;
        }
        boolean plain = text.charAt(0) > ' ' && text.charAt(n - 1) > ' ';
        for (int i = 0; plain && i < n; i++) {
            char c = text.charAt(i);
            plain = c > ' ' || c == ' ' && text.charAt(i + 1) != ' ';
            if (c >= 0x300 && c < 0x370) {
                plain = false; // a combining mark: compose it
            }
        }
        return plain ? text : VietnameseText.cleanOrNull(text);
    }

    /** The cells of one row and the problems found in them. */
    private final class Row {
        private final SourceRow source;
        private final List<RowProblem> problems;
        private boolean failed;

        Row(SourceRow source, List<RowProblem> problems) {
            this.source = source;
            this.problems = problems;
        }

        void problem(MonthlyListColumn column, String key, Object... arguments) {
            problems.add(RowProblem.of(source.number(), header.name(column), key, arguments));
            failed = true;
        }

        /** The cleaned text, {@code null} when empty; longer than {@code max} is a problem. */
        String text(MonthlyListColumn column, int max) {
            String text = clean(header.text(source, column));
            if (text != null && text.length() > max) {
                problem(column, "listimport.problem.tooLong", max);
            }
            return text;
        }

        LocalDate date(MonthlyListColumn column, boolean required) {
            String typed = header.text(source, column);
            if (typed.isEmpty()) {
                if (required) {
                    problem(column, "listimport.problem.required");
                }
                return null;
            }
            Optional<LocalDate> date = ListValues.date(header.cell(source, column));
            if (date.isEmpty()) {
                problem(column, "listimport.problem.date", typed);
            }
            return date.orElse(null);
        }

        /** A label of a closed set; empty gives {@code empty} (a problem when {@code empty} is null). */
        <E> E choice(MonthlyListColumn column, Function<String, Optional<E>> read, String unknownKey, E empty) {
            String typed = header.text(source, column);
            if (typed.isEmpty()) {
                if (empty == null && ListHeader.REQUIRED.contains(column)) {
                    problem(column, "listimport.problem.required");
                }
                return empty;
            }
            @SuppressWarnings("unchecked")
            Optional<E> value = (Optional<E>) labels.computeIfAbsent(column, c -> new java.util.HashMap<>())
                    .computeIfAbsent(typed, read::apply);
            if (value.isEmpty()) {
                problem(column, unknownKey, typed);
            }
            return value.orElse(empty);
        }
    }
}
