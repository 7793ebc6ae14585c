package vn.danvan.desk.catalog;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import vn.danvan.desk.security.UserSession;

/** The catalogs page: one tab per catalog; the officers and audit log tabs only for admins. */
public final class CatalogsView {

    private final UserSession session;

    @FXML private TabPane tabs;
    @FXML private Tab officersTab;
    @FXML private Tab auditTab;

    public CatalogsView(UserSession session) {
        this.session = session;
    }

    @FXML
    private void initialize() {
        if (!session.isAdmin()) {
            tabs.getTabs().removeAll(officersTab, auditTab);
        }
    }
}
