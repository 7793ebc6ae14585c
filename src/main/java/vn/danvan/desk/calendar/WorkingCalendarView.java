package vn.danvan.desk.calendar;

import java.time.LocalDate;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.TableSelection;

/** The working-calendar section of the settings page; binds {@link WorkingCalendarViewModel}. */
public final class WorkingCalendarView {

    private final WorkingCalendarViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private Spinner<Integer> year;
    @FXML private TableView<CalendarEntry> table;
    @FXML private TableColumn<CalendarEntry, String> dateColumn;
    @FXML private TableColumn<CalendarEntry, String> weekdayColumn;
    @FXML private TableColumn<CalendarEntry, String> nameColumn;
    @FXML private TableColumn<CalendarEntry, String> kindColumn;
    @FXML private TableColumn<CalendarEntry, String> sourceColumn;
    @FXML private Label adminHint;
    @FXML private GridPane editGrid;
    @FXML private DatePicker date;
    @FXML private TextField name;
    @FXML private Button addDayOff;
    @FXML private Button markWorkingDay;
    @FXML private Button removeOverride;
    @FXML private Spinner<Integer> tetDays;
    @FXML private ComboBox<NationalDayAdjacent> nationalDayAdjacent;
    @FXML private Button saveRules;
    @FXML private Label status;

    public WorkingCalendarView(WorkingCalendarViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        year.setValueFactory(new IntegerSpinnerValueFactory(CalendarRules.MIN_YEAR, CalendarRules.MAX_YEAR,
                model.yearProperty().get()));
        year.getValueFactory().valueProperty().bindBidirectional(model.yearProperty());
        commitOnFocusLost(year);

        table.setItems(model.entries());
        column(dateColumn, model::dateText);
        column(weekdayColumn, model::weekdayText);
        column(nameColumn, model::nameText);
        column(kindColumn, model::kindText);
        column(sourceColumn, model::sourceText);
        table.setPlaceholder(new Label(resources.getString("calendar.empty")));
        TableSelection.bind(table, model.selectedProperty());

        date.setConverter(new DisplayDateConverter());
        date.valueProperty().bindBidirectional(model.dateProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        FormDecorations decorations = new FormDecorations(model.form());
        decorations.attach(date, WorkingCalendarViewModel.DATE);
        decorations.attach(name, WorkingCalendarViewModel.NAME);

        tetDays.setValueFactory(new IntegerSpinnerValueFactory(HolidayRules.MIN_TET_DAYS, HolidayRules.MAX_TET_DAYS,
                model.tetDaysProperty().get()));
        tetDays.getValueFactory().valueProperty().bindBidirectional(model.tetDaysProperty());
        commitOnFocusLost(tetDays);
        nationalDayAdjacent.setItems(model.adjacentChoices());
        nationalDayAdjacent.setConverter(new LabelConverter<>(resources, NationalDayAdjacent::messageKey));
        nationalDayAdjacent.valueProperty().bindBidirectional(model.nationalDayAdjacentProperty());

        adminHint.setVisible(!model.editable());
        adminHint.setManaged(!model.editable());
        editGrid.setDisable(!model.editable());
        nationalDayAdjacent.setDisable(!model.editable());
        tetDays.setDisable(!model.editable());
        addDayOff.disableProperty().bind(model.canSetBinding().not());
        markWorkingDay.disableProperty().bind(model.canSetBinding().not());
        removeOverride.disableProperty().bind(model.canRemoveBinding().not());
        saveRules.disableProperty().bind(model.canSaveRulesBinding().not());
        status.textProperty().bind(model.statusProperty());
        model.load();
    }

    private static void column(TableColumn<CalendarEntry, String> column, Function<CalendarEntry, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    /** An editable spinner keeps what was typed when the user moves on without pressing Enter. */
    private static void commitOnFocusLost(Spinner<Integer> spinner) {
        spinner.getValueFactory().setConverter(new LenientIntegerConverter(spinner));
        spinner.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
    }

    @FXML
    private void onAddDayOff() {
        model.addDayOff();
    }

    @FXML
    private void onMarkWorkingDay() {
        model.markWorkingDay();
    }

    @FXML
    private void onRemoveOverride() {
        model.removeOverride();
    }

    @FXML
    private void onSaveRules() {
        model.saveRules();
    }

    /** Dates shown as dd/MM/yyyy and typed as day/month/year; text that is not a date leaves the field empty. */
    private static final class DisplayDateConverter extends StringConverter<LocalDate> {

        @Override
        public String toString(LocalDate value) {
            return value == null ? "" : CalendarRules.format(value);
        }

        @Override
        public LocalDate fromString(String text) {
            return CalendarRules.parse(text).orElse(null);
        }
    }

    /** Numbers typed in a spinner; anything else keeps the spinner's value instead of failing. */
    private static final class LenientIntegerConverter extends StringConverter<Integer> {

        private final Spinner<Integer> spinner;

        LenientIntegerConverter(Spinner<Integer> spinner) {
            this.spinner = spinner;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException | NullPointerException e) {
                return spinner.getValue();
            }
        }
    }
}
