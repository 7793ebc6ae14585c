package vn.danvan.desk.audit;

import javafx.beans.binding.Bindings;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import vn.danvan.desk.common.ui.VietnameseFormats;

/** The audit log tab of the catalogs page (administrators only); binds {@link AuditLogViewModel}. */
public final class AuditLogView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final AuditLogViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private DatePicker auditFrom;
    @FXML private DatePicker auditTo;
    @FXML private TextField auditUser;
    @FXML private ComboBox<String> auditAction;
    @FXML private TextField auditText;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private Label auditStatus;
    @FXML private Label auditChain;
    @FXML private Button auditMore;
    @FXML private Button auditVerify;
    @FXML private Button auditExport;

    public AuditLogView(AuditLogViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        for (DatePicker picker : new DatePicker[] {auditFrom, auditTo}) {
            picker.setConverter(VietnameseFormats.dateConverter());
        }
        auditFrom.valueProperty().bindBidirectional(model.fromProperty());
        auditTo.valueProperty().bindBidirectional(model.toProperty());
        auditUser.textProperty().bindBidirectional(model.usernameProperty());
        auditText.textProperty().bindBidirectional(model.textProperty());
        auditAction.setItems(model.actions());
        auditAction.setConverter(new StringConverter<>() {
            @Override
            public String toString(String action) {
                return action == null ? resources.getString("audit.action.any") : actionName(action);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        auditAction.valueProperty().bindBidirectional(model.actionProperty());
        auditStatus.textProperty().bind(model.statusProperty());
        auditChain.textProperty().bind(model.chainProperty());
        auditMore.visibleProperty().bind(model.moreProperty());
        auditVerify.disableProperty().bind(model.busyProperty());
        auditExport.disableProperty().bind(model.busyProperty());
        auditTable.setItems(model.rows());
        auditTable.getColumns().setAll(
                column("audit.column.seq", 70, e -> String.valueOf(e.seq())),
                column("audit.column.time", 150, e -> TIME.format(e.occurredAt())),
                column("audit.column.officer", 110, e -> Optional.ofNullable(e.username()).orElse("")),
                column("audit.column.action", 150, e -> actionName(e.action())),
                column("audit.column.entity", 120, e -> entityName(e.entityType())),
                column("audit.column.details", 520, e -> Optional.ofNullable(e.details()).orElse("")));
        Label empty = new Label();
        empty.setId("auditPlaceholder");
        empty.textProperty().bind(Bindings.when(model.busyProperty()).then(resources.getString("list.loading"))
                .otherwise(resources.getString("audit.empty")));
        auditTable.setPlaceholder(empty);
        // any change of a filter reads again from the newest row
        model.fromProperty().addListener(o -> model.load());
        model.toProperty().addListener(o -> model.load());
        model.actionProperty().addListener(o -> model.load());
        auditUser.setOnAction(event -> model.load());
        auditText.setOnAction(event -> model.load());
        model.load();
    }

    private String actionName(String action) {
        String key = "audit.action." + action;
        return resources.containsKey(key) ? resources.getString(key) : action;
    }

    private String entityName(String entity) {
        if (entity == null) {
            return "";
        }
        String key = "audit.entity." + entity;
        return resources.containsKey(key) ? resources.getString(key) : entity;
    }

    private TableColumn<AuditEntry, String> column(String titleKey, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(resources.getString(titleKey));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    @FXML
    private void onSearch() {
        model.load();
    }

    @FXML
    private void onMore() {
        model.loadMore();
    }

    @FXML
    private void onVerify() {
        model.verify();
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("audit.export"));
        chooser.setInitialFileName("nhat-ky-thao-tac.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(auditTable.getScene().getWindow());
        if (file != null) {
            model.export(file.toPath());
        }
    }
}
