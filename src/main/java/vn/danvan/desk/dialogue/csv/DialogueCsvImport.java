package vn.danvan.desk.dialogue.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.danvan.desk.catalog.field.FieldService;
import vn.danvan.desk.catalog.field.PetitionField;
import vn.danvan.desk.catalog.village.VillageService;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.dialogue.DialogueService;
import vn.danvan.desk.dialogue.OpinionDraft;
import vn.danvan.desk.dialogue.SessionDetail;
import vn.danvan.desk.dialogue.SessionDraft;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.security.Actor;

/**
 * Imports one dialogue session with its opinions from a CSV file (the format is in the README): a session block of
 * {@code key,value} lines, a blank line, then an opinions table with a header row. All or nothing: the whole file is
 * checked first and every problem reported with its line; only a file without any is saved, through
 * {@link DialogueService#save}, in one transaction with the petitions its follow-up opinions become.
 */
public final class DialogueCsvImport {

    private final VillageService villages;
    private final FieldService fields;
    private final DialogueService dialogues;
    private final OfficeClock clock;

    public DialogueCsvImport(VillageService villages, FieldService fields, DialogueService dialogues,
                             OfficeClock clock) {
        this.villages = villages;
        this.fields = fields;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    /** What was saved: the session's code, its opinions and the petitions they became. */
    public record Result(UUID sessionId, String code, int opinions, int petitions) {
    }

    /**
     * Reads, checks and saves {@code file}.
     *
     * @throws DialogueImportException with every problem of the file, when it has any (nothing is saved)
     * @throws UserException when the file cannot be read at all, or the save is refused
     */
    public Result importFile(Path file, Actor actor) {
        SessionDraft draft = read(file);
        SessionDetail saved = dialogues.save(draft, actor);
        return new Result(saved.id(), saved.code(), saved.draft().opinions().size(), saved.petitions().size());
    }

    /** The session the file describes, checked; nothing is saved. */
    public SessionDraft read(Path file) {
        return draft(DialogueCsvReader.read(file));
    }

    SessionDraft draft(List<CsvRow> rows) {
        int first = 0;
        while (first < rows.size() && rows.get(first).blank()) {
            first++;
        }
        if (first == rows.size()) {
            throw new UserException("dialogue.import.empty");
        }
        int separator = first;
        while (separator < rows.size() && !rows.get(separator).blank()) {
            separator++;
        }
        int header = separator;
        while (header < rows.size() && rows.get(header).blank()) {
            header++;
        }
        List<LineProblem> problems = new ArrayList<>();
        SessionBlock session = new SessionBlock(rows.subList(first, separator), problems);
        CatalogNames villageNames = villageNames();
        List<UUID> villageIds = session.villages(villageNames);
        UUID defaultVillage = villageIds.size() == 1 ? villageIds.get(0) : null;
        OpinionTable table = new OpinionTable(rows.subList(header, rows.size()), villageNames, fieldNames(),
                defaultVillage, problems);
        List<OpinionDraft> opinions = table.opinions();
        SessionDraft draft = session.draft(villageIds, opinions, clock.today());
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(LineProblem::line));
            throw new DialogueImportException(problems);
        }
        return draft;
    }

    private CatalogNames villageNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        villages.all().stream().filter(v -> v.active() && !v.merged()).forEach(v -> names.put(v.id(), v.name()));
        return new CatalogNames(names, "dialogue.import.unknownVillage", "dialogue.import.ambiguousVillage");
    }

    private CatalogNames fieldNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        fields.all().stream().filter(PetitionField::active).forEach(f -> names.put(f.id(), f.name()));
        return new CatalogNames(names, "dialogue.import.unknownField", "dialogue.import.ambiguousField");
    }
}
