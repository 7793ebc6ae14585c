package vn.danvan.desk.report;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** The report page's office selector: shown only when other offices' records were merged in. */
public final class ReportOfficeBox {

    private ReportOfficeBox() {
    }

    /** Fills {@code box} from {@code choice}; {@code row}, which holds it, shows only when there is a choice. */
    public static void bind(Node row, ComboBox<ReportOffice> box, Label label, ReportOfficeChoice choice,
                            ResourceBundle resources) {
        label.setLabelFor(box);
        box.setItems(choice.offices());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportOffice office) {
                if (office == null) {
                    return "";
                }
                return office.local()
                        ? MessageFormat.format(resources.getString("reports.office.local"), office.profile().name())
                        : office.profile().name();
            }

            @Override
            public ReportOffice fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(choice.officeProperty());
        row.visibleProperty().bind(choice.severalProperty());
        row.managedProperty().bind(choice.severalProperty());
    }
}
