package vn.danvan.desk.dialogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.citizen.Citizen;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.petition.PetitionKind;

/**
 * The opinions grid of a session, typed one opinion at a time on an entry line: Enter adds the opinion (or stores
 * the one being edited) and clears the line for the next, keeping the village, field, outcome, kind and who
 * answers. Several lines pasted at once become several opinions. Lines are numbered from 1 as on the minutes.
 */
public final class OpinionEntryModel {

    private final ObservableList<OpinionLine> lines = FXCollections.observableArrayList();
    private final StringProperty speaker = new SimpleStringProperty("");
    private final ObjectProperty<Citizen> speakerCitizen = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> village = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> field = new SimpleObjectProperty<>();
    private final StringProperty content = new SimpleStringProperty("");
    private final ObjectProperty<OpinionOutcome> outcome = new SimpleObjectProperty<>(OpinionOutcome.FOLLOW_UP);
    private final StringProperty answeredBy = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final ObjectProperty<PetitionKind> kind = new SimpleObjectProperty<>(PetitionKind.RECOMMENDATION);
    private final ObjectProperty<Integer> assignment = new SimpleObjectProperty<>();
    private final IntegerProperty editing = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<Optional<Problem>> entryProblem = new ReadOnlyObjectWrapper<>(Problem.none());
    private final ReadOnlyObjectWrapper<Optional<Problem>> linesProblem = new ReadOnlyObjectWrapper<>(Problem.none());
    private final IntSupplier assignmentCount;
    private UUID editedId;
    private UUID editedPetition;
    private String editedCode;
    /** The speaker on file of the opinion being edited, kept unless another one is picked. */
    private UUID pendingSpeakerId;

    public OpinionEntryModel(IntSupplier assignmentCount) {
        this.assignmentCount = assignmentCount;
        javafx.beans.InvalidationListener recheck = observable -> entryProblem.set(Problem.none());
        content.addListener(recheck);
        answer.addListener(recheck);
        field.addListener(recheck);
        outcome.addListener(recheck);
    }

    /** Shows the opinions of a saved session. */
    public void load(List<OpinionDraft> opinions, List<NamedRef> villages, List<NamedRef> fields,
                     List<LinkedPetition> petitions) {
        lines.clear();
        for (int i = 0; i < opinions.size(); i++) {
            OpinionDraft o = opinions.get(i);
            int number = i + 1;
            String code = petitions.stream().filter(p -> p.opinionNumber() == number).map(LinkedPetition::code)
                    .findFirst().orElse(null);
            lines.add(line(o, find(villages, o.villageId()), find(fields, o.fieldId()), code));
        }
        clearEntry();
        recheckLines();
    }

    /**
     * Adds the entry line as a new opinion, or stores it over the one being edited; false if it is not complete.
     * {@code unknownName} tells that the village or field box holds text that names nothing in the catalogs.
     */
    public boolean commit(boolean unknownName) {
        OpinionDraft draft = entryDraft();
        int number = editing.get() >= 0 ? editing.get() + 1 : lines.size() + 1;
        Optional<Problem> problem = unknownName ? Problem.of("validation.dialogue.opinionUnknownName", number)
                : DialogueRules.opinion(draft, number, assignmentCount.getAsInt());
        entryProblem.set(problem);
        if (problem.isPresent()) {
            return false;
        }
        OpinionLine line = line(draft, village.get(), field.get(), editedCode);
        if (editing.get() >= 0) {
            lines.set(editing.get(), line);
        } else {
            lines.add(line);
        }
        clearEntry();
        recheckLines();
        return true;
    }

    /** Puts opinion {@code index} on the entry line to change it. */
    public void edit(int index) {
        OpinionLine line = lines.get(index);
        OpinionDraft o = line.draft();
        editing.set(index);
        editedId = o.id();
        editedPetition = o.petitionId();
        editedCode = line.petitionCode();
        speaker.set(Objects.requireNonNullElse(o.speakerName(), ""));
        speakerCitizen.set(null);
        village.set(line.village());
        field.set(line.field());
        content.set(o.content());
        outcome.set(o.outcome());
        answeredBy.set(Objects.requireNonNullElse(o.answeredBy(), ""));
        answer.set(Objects.requireNonNullElse(o.answer(), ""));
        kind.set(o.petitionKind() == null ? PetitionKind.RECOMMENDATION : o.petitionKind());
        assignment.set(o.assignment());
        entryProblem.set(Problem.none());
        pendingSpeakerId = o.speakerCitizenId();
    }

    /** Leaves the entry line for a new opinion, keeping what the next opinion most likely shares. */
    public void clearEntry() {
        editing.set(-1);
        editedId = null;
        editedPetition = null;
        editedCode = null;
        pendingSpeakerId = null;
        speaker.set("");
        speakerCitizen.set(null);
        content.set("");
        answer.set("");
        assignment.set(null);
        entryProblem.set(Problem.none());
    }

    /**
     * Removes opinion {@code index}; one that became a petition stays, and the entry line says why (the service
     * refuses it too).
     */
    public boolean remove(int index) {
        if (lines.get(index).draft().petitionId() != null) {
            entryProblem.set(Problem.of("validation.dialogue.opinionCannotRemove", index + 1,
                    lines.get(index).petitionCode()));
            return false;
        }
        lines.remove(index);
        if (editing.get() == index) {
            clearEntry();
        } else if (editing.get() > index) {
            editing.set(editing.get() - 1);
        }
        recheckLines();
        return true;
    }

    /**
     * Adds one opinion per non-blank line of {@code text} (as pasted from notes), with the entry line's village,
     * field, outcome and kind. Returns how many were added.
     */
    public int paste(String text) {
        if (text == null) {
            return 0;
        }
        int added = 0;
        for (String raw : text.split("\\R")) {
            String clean = VietnameseText.clean(raw.replaceFirst("^\\s*(\\d+[.)]|[-•*])\\s*", ""));
            if (clean.isEmpty() || lines.size() >= DialogueRules.MAX_OPINIONS) {
                continue;
            }
            OpinionDraft draft = new OpinionDraft(null, null, null, id(village.get()), id(field.get()), clean,
                    outcome.get(), blankToNull(answeredBy.get()), null, kind.get(), null, null);
            lines.add(line(draft, village.get(), field.get(), null));
            added++;
        }
        recheckLines();
        return added;
    }

    /** After assignment {@code number} was removed: its opinions lose it, later numbers move up by one. */
    public void assignmentRemoved(int number) {
        for (int i = 0; i < lines.size(); i++) {
            OpinionLine l = lines.get(i);
            Integer a = l.draft().assignment();
            if (a != null && a >= number) {
                lines.set(i, new OpinionLine(l.draft().withAssignment(a == number ? null : a - 1), l.village(),
                        l.field(), l.petitionCode(), l.problem()));
            }
        }
        recheckLines();
    }

    /** The opinions as they will be saved, in order. */
    public List<OpinionDraft> drafts() {
        return lines.stream().map(OpinionLine::draft).toList();
    }

    /** Re-checks every line (after an assignment was removed, numbers may no longer exist). */
    public void recheckLines() {
        Optional<Problem> first = Problem.none();
        for (int i = 0; i < lines.size(); i++) {
            OpinionLine l = lines.get(i);
            Optional<Problem> p = DialogueRules.opinion(l.draft(), i + 1, assignmentCount.getAsInt());
            if (!p.equals(l.problem())) {
                lines.set(i, new OpinionLine(l.draft(), l.village(), l.field(), l.petitionCode(), p));
            }
            if (first.isEmpty()) {
                first = p;
            }
        }
        linesProblem.set(first);
    }

    private OpinionDraft entryDraft() {
        UUID speakerId = speakerCitizen.get() != null ? speakerCitizen.get().id() : pendingSpeakerId;
        boolean answered = outcome.get() == OpinionOutcome.ANSWERED;
        return new OpinionDraft(editedId, speakerId, blankToNull(speaker.get()), id(village.get()), id(field.get()),
                content.get(), outcome.get(), answered ? blankToNull(answeredBy.get()) : null,
                answered ? answer.get() : null, answered ? null : kind.get(), editedPetition, assignment.get());
    }

    private OpinionLine line(OpinionDraft o, NamedRef v, NamedRef f, String code) {
        return new OpinionLine(o, v, f, code, Problem.none());
    }

    private static NamedRef find(List<NamedRef> refs, UUID id) {
        return id == null ? null : refs.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElse(null);
    }

    private static UUID id(NamedRef ref) {
        return ref == null ? null : ref.id();
    }

    private static String blankToNull(String text) {
        return VietnameseText.isBlank(text) ? null : text.strip();
    }

    public ObservableList<OpinionLine> lines() { return lines; }
    public StringProperty speakerProperty() { return speaker; }
    public ObjectProperty<Citizen> speakerCitizenProperty() { return speakerCitizen; }
    public ObjectProperty<NamedRef> villageProperty() { return village; }
    public ObjectProperty<NamedRef> fieldProperty() { return field; }
    public StringProperty contentProperty() { return content; }
    public ObjectProperty<OpinionOutcome> outcomeProperty() { return outcome; }
    public StringProperty answeredByProperty() { return answeredBy; }
    public StringProperty answerProperty() { return answer; }
    public ObjectProperty<PetitionKind> kindProperty() { return kind; }
    public ObjectProperty<Integer> assignmentProperty() { return assignment; }
    /** The index of the opinion on the entry line, or -1 for a new one. */
    public IntegerProperty editingProperty() { return editing; }
    /** What is wrong with the entry line, after Enter. */
    public ReadOnlyObjectProperty<Optional<Problem>> entryProblemProperty() { return entryProblem.getReadOnlyProperty(); }
    /** The first problem among the opinions in the grid. */
    public ReadOnlyObjectProperty<Optional<Problem>> linesProblemProperty() { return linesProblem.getReadOnlyProperty(); }
}
