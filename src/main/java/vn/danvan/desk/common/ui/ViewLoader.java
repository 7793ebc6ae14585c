package vn.danvan.desk.common.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;
import vn.danvan.desk.common.i18n.Messages;

/**
 * Loads a view's FXML (named after its controller class, in the same package under resources) with the
 * current language's bundle and the composition root's controller factory.
 */
public final class ViewLoader {

    private final Callback<Class<?>, Object> controllerFactory;
    private final Supplier<Messages> messages;

    public ViewLoader(Callback<Class<?>, Object> controllerFactory, Supplier<Messages> messages) {
        this.controllerFactory = controllerFactory;
        this.messages = messages;
    }

    public <C> LoadedView<C> load(Class<C> controllerClass) {
        String resource = controllerClass.getSimpleName() + ".fxml";
        URL location = controllerClass.getResource(resource);
        if (location == null) {
            throw new IllegalStateException("Missing FXML " + resource + " beside " + controllerClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, messages.get().bundle());
        loader.setControllerFactory(controllerFactory);
        try {
            Parent root = loader.load();
            return new LoadedView<>(root, controllerClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location, e);
        }
    }

    /**
     * Loads the view of {@code controller}'s class with that very controller (for dialogs whose view model is made
     * per use; their FXML names no {@code fx:controller}); controllers of included views come from the factory.
     */
    public Parent loadWith(Object controller) {
        Class<?> type = controller.getClass();
        URL location = type.getResource(type.getSimpleName() + ".fxml");
        if (location == null) {
            throw new IllegalStateException("Missing FXML beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, messages.get().bundle());
        loader.setController(controller); // such views name no fx:controller
        loader.setControllerFactory(controllerFactory);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location, e);
        }
    }

    /** A loaded view: its root node and its controller. */
    public record LoadedView<C>(Parent root, C controller) {
    }
}
