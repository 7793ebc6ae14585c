package vn.danvan.desk.common.ui;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.danvan.desk.common.i18n.Messages;

/** Shows a screen in its own window over the main one, with the app's style sheet. */
public final class ChildWindows {

    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;
    private final String stylesheet;

    public ChildWindows(Supplier<Window> owner, Supplier<Messages> messages, String stylesheet) {
        this.owner = owner;
        this.messages = messages;
        this.stylesheet = stylesheet;
    }

    /** A window that keeps the main window waiting until it is closed. */
    public Stage show(Parent root, String titleKey, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get().get(titleKey));
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(ChildWindows.class.getResource(stylesheet).toExternalForm());
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
