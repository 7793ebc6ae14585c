package vn.danvan.desk.catalog.officer;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.danvan.desk.catalog.CatalogControls;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.TableSelection;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.security.OfficerRole;

/** The officers tab; binds {@link OfficersViewModel}. */
public final class OfficersView {

    private final OfficersViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private TableView<Officer> table;
    @FXML private TableColumn<Officer, String> usernameColumn;
    @FXML private TableColumn<Officer, String> fullNameColumn;
    @FXML private TableColumn<Officer, String> roleColumn;
    @FXML private TableColumn<Officer, String> stateColumn;
    @FXML private TextField username;
    @FXML private TextField fullName;
    @FXML private ComboBox<OfficerRole> role;
    @FXML private PasswordField password;
    @FXML private PasswordField passwordConfirm;
    @FXML private Label formError;
    @FXML private Button add;
    @FXML private Button toggleActive;
    @FXML private Button toggleRole;
    @FXML private Button resetPassword;
    @FXML private Label status;

    public OfficersView(OfficersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        LabelConverter<OfficerRole> roleLabels = new LabelConverter<>(resources, OfficerRole::messageKey);
        table.setItems(model.officers());
        usernameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().username()));
        fullNameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().fullName()));
        roleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(roleLabels.toString(cell.getValue().role())));
        stateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(resources.getString(
                cell.getValue().active() ? "catalog.state.active" : "catalog.state.inactive")));
        TableSelection.bind(table, model.selectedProperty());

        username.textProperty().bindBidirectional(model.usernameProperty());
        fullName.textProperty().bindBidirectional(model.fullNameProperty());
        role.setItems(model.roles());
        role.setConverter(roleLabels);
        role.valueProperty().bindBidirectional(model.roleProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        passwordConfirm.textProperty().bindBidirectional(model.passwordConfirmProperty());
        FormDecorations decorations = new FormDecorations(model.form());
        decorations.attach(username, OfficersViewModel.USERNAME);
        decorations.attach(fullName, OfficersViewModel.FULL_NAME);
        decorations.attach(password, OfficersViewModel.PASSWORD);
        decorations.attach(passwordConfirm, OfficersViewModel.CONFIRM);
        formError.textProperty().bind(model.form().firstErrorProperty());

        CatalogControls.bindActiveToggle(toggleActive, model.selectedProperty(), Officer::active, resources);
        toggleRole.textProperty().bind(Bindings.createStringBinding(() -> resources.getString(
                model.selectedProperty().get() != null && model.selectedProperty().get().isAdmin()
                        ? "officer.action.makeOfficer" : "officer.action.makeAdmin"), model.selectedProperty()));
        add.disableProperty().bind(model.canAddBinding().not());
        toggleActive.disableProperty().bind(model.hasSelectionBinding().not());
        toggleRole.disableProperty().bind(model.hasSelectionBinding().not());
        resetPassword.disableProperty().bind(model.hasSelectionBinding().not());
        status.textProperty().bind(model.statusProperty());
        model.load();
    }

    @FXML
    private void onAdd() {
        model.add();
    }

    @FXML
    private void onToggleActive() {
        model.toggleActive();
    }

    @FXML
    private void onToggleRole() {
        model.toggleRole();
    }

    @FXML
    private void onResetPassword() {
        model.resetPassword();
    }
}
