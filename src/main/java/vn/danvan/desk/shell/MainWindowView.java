package vn.danvan.desk.shell;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window: sidebar of areas, the page host, the status bar. */
public final class MainWindowView {

    private final MainWindowViewModel model;
    private final Map<Page, Supplier<Parent>> pageLoaders;
    private final ToggleGroup pageToggles = new ToggleGroup();

    @FXML private ResourceBundle resources;
    @FXML private VBox sidebar;
    @FXML private StackPane pageHost;
    @FXML private Label officeName;
    @FXML private Label officerName;
    @FXML private Label databasePath;
    @FXML private Label recordCounts;

    public MainWindowView(MainWindowViewModel model, Map<Page, Supplier<Parent>> pageLoaders) {
        this.model = model;
        this.pageLoaders = pageLoaders;
    }

    @FXML
    private void initialize() {
        for (Page page : model.pages()) {
            ToggleButton button = new ToggleButton(resources.getString(page.titleKey()));
            button.setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(page);
            button.setToggleGroup(pageToggles);
            button.setTooltip(new Tooltip(resources.getString(page.tooltipKey())));
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            if (page == Page.PETITIONS) {
                Label badge = new Label();
                badge.setId("overdue-badge");
                badge.getStyleClass().add("nav-badge");
                badge.textProperty().bind(model.overdueProperty().asString());
                badge.visibleProperty().bind(model.overdueProperty().greaterThan(0));
                Tooltip hint = new Tooltip();
                hint.textProperty().bind(Bindings.createStringBinding(() -> java.text.MessageFormat.format(
                        resources.getString("page.petitions.overdue"), model.overdueProperty().get()),
                        model.overdueProperty()));
                badge.setTooltip(hint);
                button.setGraphic(badge);
                button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                button.setGraphicTextGap(8);
            }
            sidebar.getChildren().add(button);
        }
        pageToggles.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // one page is always shown
            } else {
                model.selectedPageProperty().set((Page) selected.getUserData());
            }
        });
        model.selectedPageProperty().addListener((observable, old, page) -> show(page));
        officeName.textProperty().bind(model.officeNameProperty());
        officerName.textProperty().bind(model.officerNameProperty());
        databasePath.textProperty().bind(model.databasePathProperty());
        recordCounts.textProperty().bind(model.recordCountsProperty());
        show(model.selectedPageProperty().get());
    }

    private void show(Page page) {
        for (Toggle toggle : pageToggles.getToggles()) {
            if (toggle.getUserData() == page && !toggle.isSelected()) {
                toggle.setSelected(true);
            }
        }
        pageHost.getChildren().setAll(pageLoaders.get(page).get());
    }
}
