package vn.danvan.desk.common.ui;

import java.io.File;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;

/** Lets the officer choose a folder, starting from the one typed in {@code field} when it exists. */
public final class FolderPicker {

    private FolderPicker() {
    }

    /** The folder chosen, as an absolute path, or empty when the officer cancels. */
    public static Optional<String> choose(TextField field, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File current = new File(field.getText() == null ? "" : field.getText());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(field.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::getAbsolutePath);
    }
}
