package vn.danvan.desk.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.attachment.AttachmentService;
import vn.danvan.desk.citizen.Citizen;
import vn.danvan.desk.citizen.CitizenService;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionChoices;
import vn.danvan.desk.security.Actor;

/**
 * The session window: the session's details, its opinions grid ({@link OpinionEntryModel}), the conclusion notice's
 * assignments and, once saved, the petitions its opinions became. Validates as the officer types; saves in the
 * background; remembers whether anything changed since it was loaded or saved.
 */
public final class SessionEditorViewModel {

    public static final String KIND = "dialogue.field.kind";
    public static final String DATE = "dialogue.field.date";
    public static final String TIMES = "dialogue.field.times";
    public static final String PLACE = "dialogue.field.place";
    public static final String CHAIRS = "dialogue.field.chairs";
    public static final String CITIZENS = "dialogue.field.citizens";
    public static final String OFFICIALS = "dialogue.field.officials";
    public static final String OPINIONS = "dialogue.field.opinions";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final ObjectProperty<DialogueKind> kind = new SimpleObjectProperty<>(DialogueKind.LEADER_DIALOGUE);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty dateUnreadable = new SimpleBooleanProperty(false);
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObservableList<NamedRef> sessionVillages = FXCollections.observableArrayList();
    private final StringProperty chairs = new SimpleStringProperty("");
    private final StringProperty bodies = new SimpleStringProperty("");
    private final StringProperty citizens = new SimpleStringProperty("0");
    private final StringProperty officials = new SimpleStringProperty("0");
    private final StringProperty topics = new SimpleStringProperty("");
    private final StringProperty conclusions = new SimpleStringProperty("");
    private final StringProperty agreed = new SimpleStringProperty("");
    private final StringProperty disputed = new SimpleStringProperty("");
    private final StringProperty absent = new SimpleStringProperty("");
    private final StringProperty noteTaker = new SimpleStringProperty("");
    private final ObservableList<AssignmentLine> assignments = FXCollections.observableArrayList();
    private final ObservableList<LinkedPetition> petitions = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> villages = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> fields = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> units = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedMessage = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final OpinionEntryModel opinions = new OpinionEntryModel(assignments::size);

    private final DialogueService service;
    private final PetitionChoices choices;
    private final CitizenService citizenService;
    private final AttachmentService files;
    private final MinutesService minutes;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;
    private final Consumer<SessionDetail> onSaved;
    private final FormValidator form;
    private UUID id;
    private int rowVersion;

    public SessionEditorViewModel(DialogueService service, PetitionChoices choices, CitizenService citizenService,
                                  AttachmentService files, MinutesService minutes, OfficeClock clock,
                                  TaskRunner runner,
                                  Supplier<Messages> messages, Supplier<Actor> actor,
                                  Consumer<SessionDetail> onSaved) {
        this.service = service;
        this.files = files;
        this.minutes = minutes;
        this.choices = choices;
        this.citizenService = citizenService;
        this.runner = runner;
        this.messages = messages;
        this.actor = actor;
        this.onSaved = onSaved;
        this.date.set(clock.today());
        this.form = new FormValidator(messages);
        form.add(KIND, kind, k -> k == null ? Problem.of("validation.dialogue.kind") : Problem.none());
        form.add(DATE, date, d -> dateUnreadable.get() ? Problem.of("validation.date.unreadable")
                : DialogueRules.date(d, clock.today()), dateUnreadable);
        form.add(TIMES, start, text -> timesProblem(), end);
        form.add(PLACE, place, DialogueRules::place);
        form.add(CHAIRS, chairs, text -> DialogueRules.chairs(parseChairs(text)));
        form.add(CITIZENS, citizens, text -> DialogueRules.headcount(parseCount(text)));
        form.add(OFFICIALS, officials, text -> DialogueRules.headcount(parseCount(text)));
        form.add(OPINIONS, opinions.linesProblemProperty(), problem -> problem);
        Observable[] everything = {kind, date, start, end, place, sessionVillages, chairs, bodies, citizens,
                officials, topics, conclusions, agreed, disputed, absent, noteTaker, assignments, opinions.lines()};
        for (Observable o : everything) {
            o.addListener(observable -> dirty.set(true));
        }
    }

    /** Loads the lists, then the session {@code sessionId} (null for a new one). */
    public void load(UUID sessionId) {
        runner.run(() -> new Loaded(choices.load(), sessionId == null ? null : service.require(sessionId),
                        sessionId == null ? List.of() : files.list(Attachment.OwnerType.DIALOGUE_SESSION, sessionId)),
                loaded -> {
                    attachments.setAll(loaded.files());
                    villages.setAll(loaded.lists().villages());
                    fields.setAll(loaded.lists().fields());
                    units.setAll(loaded.lists().units());
                    if (loaded.detail() != null) {
                        show(loaded.detail());
                    }
                    dirty.set(false);
                });
    }

    private record Loaded(PetitionChoices.Lists lists, SessionDetail detail, List<Attachment> files) {
    }

    /** Writes the minutes of the saved session to {@code file} in the background. */
    public void printMinutes(java.nio.file.Path file) {
        UUID sessionId = id;
        if (sessionId == null || file == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            minutes.write(sessionId, file);
            return file;
        }, written -> savedMessage.set(messages.get().get("dialogue.minutes.saved", written)),
                () -> busy.set(false));
    }

    /** Keeps a copy of {@code file} (minutes scan, photo, attendance list) with the saved session. */
    public void attach(java.nio.file.Path file) {
        UUID sessionId = id;
        if (sessionId == null || file == null) {
            return;
        }
        runner.run(() -> {
            files.attach(Attachment.OwnerType.DIALOGUE_SESSION, sessionId, file, null, actor.get());
            return files.list(Attachment.OwnerType.DIALOGUE_SESSION, sessionId);
        }, attachments::setAll);
    }

    private void show(SessionDetail detail) {
        SessionDraft d = detail.draft();
        id = detail.id();
        rowVersion = d.rowVersion();
        code.set(detail.code());
        kind.set(d.kind());
        date.set(d.date());
        start.set(d.start() == null ? "" : TIME.format(d.start()));
        end.set(d.end() == null ? "" : TIME.format(d.end()));
        place.set(d.place());
        sessionVillages.setAll(villages.filtered(v -> d.villageIds().contains(v.id())));
        chairs.set(String.join("\n", d.chairs().stream()
                .map(c -> c.title() == null ? c.name() : c.name() + ", " + c.title()).toList()));
        bodies.set(text(d.participatingBodies()));
        citizens.set(Integer.toString(d.citizensCount()));
        officials.set(Integer.toString(d.officialsCount()));
        topics.set(text(d.topics()));
        conclusions.set(text(d.conclusions()));
        agreed.set(text(d.pointsAgreed()));
        disputed.set(text(d.pointsDisputed()));
        absent.set(text(d.absentPeople()));
        noteTaker.set(text(d.noteTaker()));
        assignments.setAll(d.assignments().stream().map(a -> new AssignmentLine(a,
                units.stream().filter(u -> u.id().equals(a.unitId())).findFirst().orElse(null))).toList());
        opinions.load(d.opinions(), villages, fields, detail.petitions());
        petitions.setAll(detail.petitions());
        form.revalidate();
    }

    /** Saves the session; the window stays open on the saved session. */
    public void save() {
        if (!form.isValid() || busy.get()) {
            return;
        }
        SessionDraft draft = draft();
        int before = petitions.size();
        busy.set(true);
        runner.run(() -> service.save(draft, actor.get()), saved -> {
            show(saved);
            dirty.set(false);
            savedMessage.set(messages.get().get("dialogue.saved", saved.code(), saved.petitions().size() - before));
            onSaved.accept(saved);
        }, () -> busy.set(false));
    }

    SessionDraft draft() {
        return new SessionDraft(id, rowVersion, kind.get(), date.get(), parseTime(start.get()),
                parseTime(end.get()), place.get(), sessionVillages.stream().map(NamedRef::id).toList(),
                parseChairs(chairs.get()), bodies.get(), parseCount(citizens.get()), parseCount(officials.get()),
                topics.get(), conclusions.get(), agreed.get(), disputed.get(), absent.get(), noteTaker.get(),
                opinions.drafts(), assignments.stream().map(AssignmentLine::draft).toList());
    }

    /** Adds a line to the conclusion notice; returns its problem, if any. */
    public Optional<Problem> addAssignment(NamedRef unit, String content, LocalDate due, String docNo) {
        AssignmentDraft a = new AssignmentDraft(unit == null ? null : unit.id(), content, due, docNo);
        Optional<Problem> problem = DialogueRules.assignment(a, assignments.size() + 1, date.get());
        if (problem.isEmpty()) {
            assignments.add(new AssignmentLine(a, unit));
            opinions.recheckLines();
        }
        return problem;
    }

    public void removeAssignment(int index) {
        assignments.remove(index);
        opinions.assignmentRemoved(index + 1);
    }

    /**
     * People on file whose name or ID number matches {@code text}, for the speaker box. Called by the completion
     * popup on its own background thread, never on the FX thread.
     */
    public List<Citizen> suggestSpeakers(String text) {
        return VietnameseText.searchKey(text).length() < 2 ? List.of() : citizenService.search(text);
    }

    /**
     * Chairs typed one per line: the name, then the title after a comma or a dash ("Nguyễn Văn An, Bí thư Đảng
     * ủy").
     */
    static List<Chair> parseChairs(String text) {
        List<Chair> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String line : text.split("\\R")) {
            String clean = VietnameseText.clean(line);
            if (clean.isEmpty()) {
                continue;
            }
            String[] parts = clean.split("\\s*(,|\\s[-–—]\\s)\\s*", 2);
            result.add(new Chair(parts[0], parts.length > 1 && !parts[1].isBlank() ? parts[1] : null));
        }
        return result;
    }

    private Optional<Problem> timesProblem() {
        for (String t : List.of(start.get(), end.get())) {
            if (!VietnameseText.isBlank(t) && parseTime(t) == null) {
                return Problem.of("validation.dialogue.time");
            }
        }
        return DialogueRules.times(parseTime(start.get()), parseTime(end.get()));
    }

    static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().replace('h', ':').replace('g', ':').replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer parseCount(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public FormValidator form() { return form; }
    public OpinionEntryModel opinions() { return opinions; }
    public ObjectProperty<DialogueKind> kindProperty() { return kind; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public BooleanProperty dateUnreadableProperty() { return dateUnreadable; }
    public StringProperty startProperty() { return start; }
    public StringProperty endProperty() { return end; }
    public StringProperty placeProperty() { return place; }
    public ObservableList<NamedRef> sessionVillages() { return sessionVillages; }
    public StringProperty chairsProperty() { return chairs; }
    public StringProperty bodiesProperty() { return bodies; }
    public StringProperty citizensProperty() { return citizens; }
    public StringProperty officialsProperty() { return officials; }
    public StringProperty topicsProperty() { return topics; }
    public StringProperty conclusionsProperty() { return conclusions; }
    public StringProperty agreedProperty() { return agreed; }
    public StringProperty disputedProperty() { return disputed; }
    public StringProperty absentProperty() { return absent; }
    public StringProperty noteTakerProperty() { return noteTaker; }
    public ObservableList<AssignmentLine> assignments() { return assignments; }
    public ObservableList<LinkedPetition> petitions() { return petitions; }
    public ObservableList<Attachment> attachments() { return attachments; }
    public ObservableList<NamedRef> villages() { return villages; }
    public ObservableList<NamedRef> fields() { return fields; }
    public ObservableList<NamedRef> units() { return units; }
    public ReadOnlyStringProperty codeProperty() { return code.getReadOnlyProperty(); }
    public ReadOnlyStringProperty savedMessageProperty() { return savedMessage.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty dirtyProperty() { return dirty; }
    /** The id of the session once saved (null while new). */
    public UUID id() { return id; }
}
