package vn.danvan.desk.report;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.ui.TaskRunner;

/**
 * Whose records the report page shows, shared by its tabs (monthly list and period summary): this office, or one
 * of the offices whose hand-over packages were merged in (the consolidated view of a higher level). The choice is
 * offered only when there are several; until the offices are read (in the background), the reports are this
 * office's. {@code null} means this office.
 */
public final class ReportOfficeChoice {

    private final ObservableList<ReportOffice> offices = FXCollections.observableArrayList();
    private final ObjectProperty<ReportOffice> office = new SimpleObjectProperty<>();
    private final BooleanBinding several = Bindings.size(offices).greaterThan(1);

    /** Reads the offices in the background and chooses this office. */
    public ReportOfficeChoice(Supplier<List<ReportOffice>> source, TaskRunner runner) {
        runner.run(source::get, found -> {
            offices.setAll(found);
            if (office.get() == null && !found.isEmpty()) {
                office.set(found.get(0));
            }
        });
    }

    public ObservableList<ReportOffice> offices() {
        return offices;
    }

    public ObjectProperty<ReportOffice> officeProperty() {
        return office;
    }

    /** The chosen office, or {@code null} for this office (also while the offices are being read). */
    public ReportOffice chosen() {
        ReportOffice chosen = office.get();
        return chosen == null || chosen.local() ? null : chosen;
    }

    /** Whether the register holds another office's records, so that the choice is shown. */
    public BooleanBinding severalProperty() {
        return several;
    }
}
