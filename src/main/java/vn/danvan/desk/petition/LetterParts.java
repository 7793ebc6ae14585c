package vn.danvan.desk.petition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.Problem;

/**
 * Tách đơn: the other distinct contents of one received letter, typed on the intake form below the first one.
 * Each becomes its own petition, with its own kind, field and summary, sharing the letter's date, channel, village
 * and people; all of them are linked to each other. The first content is the form itself, so the rows here are
 * numbered from 2.
 */
public final class LetterParts {

    /** One further content of the letter. */
    public static final class Row {
        private final ObjectProperty<PetitionKind> kind;
        private final ObjectProperty<NamedRef> field = new SimpleObjectProperty<>();
        private final StringProperty summary = new SimpleStringProperty("");

        Row(PetitionKind kind) {
            this.kind = new SimpleObjectProperty<>(kind);
        }

        public ObjectProperty<PetitionKind> kindProperty() { return kind; }
        public ObjectProperty<NamedRef> fieldProperty() { return field; }
        public StringProperty summaryProperty() { return summary; }

        SplitPart toPart() {
            PetitionKind k = kind.get();
            UUID fieldId = field.get() == null ? null : field.get().id();
            return new SplitPart(k, k == PetitionKind.COMPLAINT ? 1 : null, fieldId, summary.get());
        }

        Optional<Problem> problem(int number) {
            if (kind.get() == null) {
                return Problem.of("validation.petition.partKind", number);
            }
            if (field.get() == null) {
                return Problem.of("validation.petition.partField", number);
            }
            return PetitionRules.summary(summary.get()).isPresent()
                    ? Problem.of("validation.petition.partSummary", number, PetitionRules.SUMMARY_MAX)
                    : Problem.none();
        }
    }

    /** At most this many contents in one letter (the first one included). */
    public static final int MAX_CONTENTS = 10;

    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.kind, row.field, row.summary});
    private final ReadOnlyObjectWrapper<Optional<Problem>> problem = new ReadOnlyObjectWrapper<>(Problem.none());

    public LetterParts() {
        rows.addListener((Observable observable) -> problem.set(firstProblem()));
    }

    /** Adds an empty further content, of the same kind as {@code likeKind}; returns it (null when full). */
    public Row add(PetitionKind likeKind) {
        if (rows.size() + 1 >= MAX_CONTENTS) {
            return null;
        }
        Row row = new Row(likeKind == null ? PetitionKind.RECOMMENDATION : likeKind);
        rows.add(row);
        return row;
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    public void clear() {
        rows.clear();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The first problem among the further contents, numbered as the officer sees them (from 2). */
    public ReadOnlyObjectProperty<Optional<Problem>> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The whole letter: {@code first} (the form's own content) followed by every further content. */
    List<SplitPart> withFirst(PetitionDraft first) {
        List<SplitPart> parts = new ArrayList<>();
        parts.add(new SplitPart(first.kind(), first.complaintRound(), first.fieldId(), first.summary()));
        rows.forEach(row -> parts.add(row.toPart()));
        return parts;
    }

    private Optional<Problem> firstProblem() {
        for (int i = 0; i < rows.size(); i++) {
            Optional<Problem> found = rows.get(i).problem(i + 2);
            if (found.isPresent()) {
                return found;
            }
        }
        return Problem.none();
    }
}
