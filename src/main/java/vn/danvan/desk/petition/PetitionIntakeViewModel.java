package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.citizen.Citizen;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.CitizenRules;
import vn.danvan.desk.citizen.CitizenService;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.TextRules;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/**
 * Tiếp nhận đơn: the intake form. Validates as the user types; finds citizens already on file and earlier
 * petitions that may be on the same matter; saves the petition (and new people) in one step.
 */
public final class PetitionIntakeViewModel {

    public static final String RECEIVED = "intake.field.received";
    public static final String KIND = "intake.field.kind";
    public static final String ROUND = "intake.field.round";
    public static final String FIELD = "intake.field.field";
    public static final String SUMMARY = "intake.field.summary";
    public static final String PEOPLE = "intake.field.people";
    public static final String NAME = "intake.field.name";
    public static final String ID_NUMBER = "intake.field.idNumber";
    public static final String PHONE = "intake.field.phone";
    public static final String REPRESENTATIVES = "intake.field.representatives";
    public static final String PARTS = "intake.field.parts";

    private final ObjectProperty<LocalDate> received = new SimpleObjectProperty<>();
    private final BooleanProperty receivedUnreadable = new SimpleBooleanProperty(false);
    private final ObjectProperty<PetitionChannel> channel = new SimpleObjectProperty<>(PetitionChannel.RECEPTION);
    private final ObjectProperty<PetitionKind> kind = new SimpleObjectProperty<>(PetitionKind.RECOMMENDATION);
    private final ObjectProperty<Integer> round = new SimpleObjectProperty<>(1);
    private final ObjectProperty<NamedRef> field = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> village = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> unit = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty people = new SimpleStringProperty("1");
    private final BooleanProperty group = new SimpleBooleanProperty(false);
    private final BooleanProperty anonymous = new SimpleBooleanProperty(false);
    private final BooleanProperty confidential = new SimpleBooleanProperty(false);
    private final BooleanProperty complex = new SimpleBooleanProperty(false);
    private final BooleanProperty remote = new SimpleBooleanProperty(false);
    private final BooleanProperty hotSpot = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<IdPaperType> paperType = new SimpleObjectProperty<>(IdPaperType.CCCD);
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty representatives = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Citizen> citizen = new SimpleObjectProperty<>();
    private final ObservableList<Citizen> suggestions = FXCollections.observableArrayList();
    private final ObservableList<DuplicateCandidate> duplicates = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicateCandidate> repeatOf = new SimpleObjectProperty<>();
    private final ObservableList<NamedRef> fields = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> villages = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> units = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final LetterParts parts = new LetterParts();

    private final PetitionIntake intake;
    private final CitizenService citizens;
    private final PossibleDuplicates possibleDuplicates;
    private final PetitionChoices choices;
    private final TaskRunner runner;
    private final Supplier<Actor> actor;
    private final Consumer<List<Petition>> onSaved;
    private final OfficeClock clock;
    private final FormValidator form;
    private final List<String> dismissed = new ArrayList<>();

    public PetitionIntakeViewModel(PetitionIntake intake, CitizenService citizens, PossibleDuplicates duplicates,
                                   PetitionChoices choices, OfficeClock clock, TaskRunner runner,
                                   Supplier<Messages> messages, Supplier<Actor> actor,
                                   Consumer<List<Petition>> onSaved) {
        this.intake = intake;
        this.citizens = citizens;
        this.possibleDuplicates = duplicates;
        this.choices = choices;
        this.clock = clock;
        this.runner = runner;
        this.actor = actor;
        this.onSaved = onSaved;
        this.received.set(clock.today());
        this.form = new FormValidator(messages);
        form.add(RECEIVED, received, date -> receivedUnreadable.get() ? Problem.of("validation.date.unreadable")
                : PetitionRules.receivedDate(date, clock.today()), receivedUnreadable);
        form.add(KIND, kind, PetitionRules::required);
        form.add(ROUND, round, r -> PetitionRules.complaintRound(kind.get(), r), kind);
        form.add(FIELD, field, PetitionRules::required);
        form.add(SUMMARY, summary, PetitionRules::summary);
        form.add(PEOPLE, people, text -> PetitionRules.peopleCount(parse(text), group.get()), group);
        form.add(NAME, name, text -> anonymous.get() || citizen.get() != null ? Problem.none()
                : PetitionRules.petitioner(false, !VietnameseText.isBlank(text)).or(() -> CitizenRules.name(text)),
                anonymous, citizen);
        form.add(ID_NUMBER, idNumber, text -> citizen.get() != null ? Problem.none()
                : CitizenRules.idNumber(paperType.get(), text), paperType, citizen);
        form.add(PHONE, phone, text -> citizen.get() != null ? Problem.none() : CitizenRules.phone(text), citizen);
        form.add(REPRESENTATIVES, representatives,
                text -> PetitionRules.representatives(group.get(), lines(text).size()), group);
        form.add(PARTS, parts.problemProperty(), problem -> problem);
        form.add("intake.field.note", note, text -> TextRules.maxLength(text, PetitionRules.NOTE_MAX));
        kind.addListener((observable, old, value) -> {
            if (value == PetitionKind.DENUNCIATION) {
                confidential.set(true);
            }
        });
    }

    public void load() {
        runner.run(choices::load, lists -> {
            fields.setAll(lists.fields());
            villages.setAll(lists.villages());
            units.setAll(lists.units());
        });
    }

    /** Citizens on file matching what is typed in the name box (accent-insensitive) or an ID number. */
    public void searchCitizens(String text) {
        if (VietnameseText.searchKey(text).length() < 2) {
            suggestions.clear();
            return;
        }
        runner.run(() -> citizens.search(text), suggestions::setAll);
    }

    /** Takes a citizen on file as the petitioner (their details fill the form, read-only). */
    public void pickCitizen(Citizen picked) {
        citizen.set(picked);
        if (picked != null) {
            name.set(picked.fullName());
            idNumber.set(picked.idNumber() == null ? "" : picked.idNumber());
            phone.set(picked.phone() == null ? "" : picked.phone());
            if (picked.address() != null) {
                address.set(picked.address());
            }
            if (picked.villageId() != null) {
                villages.stream().filter(v -> v.id().equals(picked.villageId())).findFirst().ifPresent(village::set);
            }
        }
        form.revalidate();
        findDuplicates();
    }

    /** Forgets the picked citizen, to type a new one. */
    public void clearCitizen() {
        citizen.set(null);
        form.revalidate();
    }

    /** Looks for earlier petitions on the same matter with what is typed so far. */
    public void findDuplicates() {
        if (anonymous.get()) {
            duplicates.clear();
            return;
        }
        DuplicateProbe probe = new DuplicateProbe(citizen.get() == null ? null : citizen.get().id(),
                CitizenRules.normaliseIdNumber(idNumber.get()), name.get(), id(village.get()), id(field.get()),
                summary.get(), received.get());
        runner.run(() -> possibleDuplicates.find(probe), found -> duplicates.setAll(
                found.stream().filter(d -> !dismissed.contains(d.code())).toList()));
    }

    /** Links the new petition as a repeat of {@code candidate}. */
    public void linkAsRepeat(DuplicateCandidate candidate) {
        repeatOf.set(candidate);
    }

    /** Hides a suggestion for this petition. */
    public void dismiss(DuplicateCandidate candidate) {
        dismissed.add(candidate.code());
        duplicates.remove(candidate);
        if (candidate.equals(repeatOf.get())) {
            repeatOf.set(null);
        }
    }

    public void save() {
        if (!form.isValid() || busy.get()) {
            return;
        }
        PetitionDraft draft = draft();
        List<SplitPart> letter = parts.isEmpty() ? List.of() : parts.withFirst(draft);
        busy.set(true);
        runner.run(() -> letter.isEmpty() ? List.of(intake.receive(draft, actor.get()))
                : intake.receiveSplit(draft, letter, actor.get()), saved -> {
            onSaved.accept(saved);
            startNew();
        }, () -> busy.set(false));
    }

    /** Clears the form for the next petition, keeping the date, channel and village of the last one. */
    public void startNew() {
        citizen.set(null);
        summary.set("");
        people.set("1");
        group.set(false);
        anonymous.set(false);
        confidential.set(kind.get() == PetitionKind.DENUNCIATION);
        complex.set(false);
        remote.set(false);
        hotSpot.set(false);
        name.set("");
        idNumber.set("");
        phone.set("");
        address.set("");
        representatives.set("");
        note.set("");
        repeatOf.set(null);
        parts.clear();
        duplicates.clear();
        dismissed.clear();
        form.revalidate();
    }

    PetitionDraft draft() {
        PetitionerRef petitioner = null;
        if (!anonymous.get()) {
            petitioner = citizen.get() != null ? PetitionerRef.existing(citizen.get().id())
                    : PetitionerRef.create(new CitizenDraft(name.get(), paperType.get(), idNumber.get(), phone.get(),
                    id(village.get()), address.get()));
        }
        List<PetitionerRef> reps = group.get() ? lines(representatives.get()).stream()
                .map(line -> PetitionerRef.create(new CitizenDraft(line, null, null, null, id(village.get()), null)))
                .toList() : List.of();
        return new PetitionDraft(received.get(), channel.get(), kind.get(),
                kind.get() == PetitionKind.COMPLAINT ? round.get() : null, id(field.get()), id(village.get()),
                address.get(), summary.get(), Optional.ofNullable(parse(people.get())).orElse(1), group.get(),
                anonymous.get(), confidential.get(), petitioner, reps, complex.get(), hotSpot.get(), remote.get(),
                id(unit.get()), note.get(), null, repeatOf.get() == null ? null : repeatOf.get().id());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(VietnameseText::clean).filter(l -> !l.isEmpty()).toList();
    }

    private static Integer parse(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static java.util.UUID id(NamedRef ref) {
        return ref == null ? null : ref.id();
    }

    /** The further contents of the letter (tách đơn); empty for a letter with one content. */
    public LetterParts parts() { return parts; }
    public FormValidator form() { return form; }
    public ObjectProperty<LocalDate> receivedProperty() { return received; }
    /** True while the date box holds text that is not a date. */
    public BooleanProperty receivedUnreadableProperty() { return receivedUnreadable; }
    public ObjectProperty<PetitionChannel> channelProperty() { return channel; }
    public ObjectProperty<PetitionKind> kindProperty() { return kind; }
    public ObjectProperty<Integer> roundProperty() { return round; }
    public ObjectProperty<NamedRef> fieldProperty() { return field; }
    public ObjectProperty<NamedRef> villageProperty() { return village; }
    public ObjectProperty<NamedRef> unitProperty() { return unit; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty peopleProperty() { return people; }
    public BooleanProperty groupProperty() { return group; }
    public BooleanProperty anonymousProperty() { return anonymous; }
    public BooleanProperty confidentialProperty() { return confidential; }
    public BooleanProperty complexProperty() { return complex; }
    public BooleanProperty remoteProperty() { return remote; }
    public BooleanProperty hotSpotProperty() { return hotSpot; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<IdPaperType> paperTypeProperty() { return paperType; }
    public StringProperty idNumberProperty() { return idNumber; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty addressProperty() { return address; }
    public StringProperty representativesProperty() { return representatives; }
    public StringProperty noteProperty() { return note; }
    public ObjectProperty<Citizen> citizenProperty() { return citizen; }
    public ObservableList<Citizen> suggestions() { return suggestions; }
    public ObservableList<DuplicateCandidate> duplicates() { return duplicates; }
    public ObjectProperty<DuplicateCandidate> repeatOfProperty() { return repeatOf; }
    public ObservableList<NamedRef> fields() { return fields; }
    public ObservableList<NamedRef> villages() { return villages; }
    public ObservableList<NamedRef> units() { return units; }
    public BooleanProperty busyProperty() { return busy; }
}
