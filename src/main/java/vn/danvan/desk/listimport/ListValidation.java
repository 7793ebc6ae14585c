package vn.danvan.desk.listimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.petition.PetitionKind;

/**
 * The first pass over a list: every row understood and checked, nothing written. Also notes a code repeated within
 * the file, counts the codes already on file (looked up a thousand at a time) and, for the codes in the app's own
 * form ({@code KN-2026-00042}), the highest number of each prefix and year, so that codes made later never repeat them.
 */
final class ListValidation {

    private static final int LOOKUP_CHUNK = 1000;
    private static final Pattern APP_CODE = Pattern.compile("(" + String.join("|",
            java.util.Arrays.stream(PetitionKind.values()).map(PetitionKind::codePrefix).toList())
            + ")-(\\d{4})-(\\d{1,9})");

    private final ListCatalogs catalogs;
    private final Function<ListHeader, ListRowParser> parsers;
    private final Function<List<String>, Integer> existingCount;
    private final List<RowProblem> problems = new ArrayList<>();
    private int problemCount;
    private final Map<String, Integer> codeRows = new HashMap<>();
    private final List<String> pendingCodes = new ArrayList<>();
    private final List<String> existingCodes = new ArrayList<>();
    private final Map<String, Integer> highestNumbers = new HashMap<>();
    private int rows;
    private int existing;

    /**
     * {@code existingCodes}: which of the codes given are already on file.
     */
    ListValidation(ListCatalogs catalogs, Function<ListHeader, ListRowParser> parsers,
                   Function<List<String>, List<String>> existingCodes) {
        this.catalogs = catalogs;
        this.parsers = parsers;
        this.existingCount = codes -> {
            List<String> found = existingCodes.apply(codes);
            found.stream().limit(Math.max(0, ListImportCheck.MAX_PROBLEMS - this.existingCodes.size()))
                    .forEach(this.existingCodes::add);
            return found.size();
        };
    }

    ListImportCheck run(Path file, ProgressMonitor monitor) {
        List<RowProblem> found = new ArrayList<>();
        ListHeader header = ListScan.scan(file, monitor, found, h -> rowHandler(parsers.apply(h)));
        found.forEach(this::keep);
        lookUpPending();
        if (header != null && rows == 0 && problemCount == 0) {
            keep(RowProblem.of(1, null, "listimport.problem.noRows"));
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        List<String> villages = catalogs.newVillages().stream().map(ListCatalogs.NewName::name).toList();
        List<String> units = catalogs.newUnits().stream().map(ListCatalogs.NewName::name).toList();
        return new ListImportCheck(file.getFileName().toString(), rows, rows - existing, existing, existingCodes,
                villages, units, problems, problemCount);
    }

    /** The highest number used by the file's codes of the app's form, by {@code PREFIX/year}. */
    Map<String, Integer> highestNumbers() {
        return highestNumbers;
    }

    private Consumer<SourceRow> rowHandler(ListRowParser parser) {
        List<RowProblem> rowProblems = new ArrayList<>();
        return source -> {
            rowProblems.clear();
            var parsed = parser.parse(source, rowProblems);
            rowProblems.forEach(this::keep);
            rows++;
            parsed.map(ParsedRow::code).ifPresent(code -> code(code, source, parser));
        };
    }

    private void code(String code, SourceRow source, ListRowParser parser) {
        Integer first = codeRows.putIfAbsent(code, source.number());
        if (first != null) {
            keep(RowProblem.of(source.number(), parser.codeColumn(), "listimport.problem.repeatedCode", code,
                    first));
            return;
        }
        Matcher m = APP_CODE.matcher(code);
        if (m.matches()) {
            highestNumbers.merge(m.group(1) + "/" + m.group(2), Integer.parseInt(m.group(3)), Math::max);
        }
        pendingCodes.add(code);
        if (pendingCodes.size() == LOOKUP_CHUNK) {
            lookUpPending();
        }
    }

    private void lookUpPending() {
        if (!pendingCodes.isEmpty()) {
            existing += existingCount.apply(List.copyOf(pendingCodes));
            pendingCodes.clear();
        }
    }

    private void keep(RowProblem problem) {
        problemCount++;
        if (problems.size() < ListImportCheck.MAX_PROBLEMS) {
            problems.add(problem);
        }
    }
}
