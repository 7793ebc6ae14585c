package vn.danvan.desk.attachment;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the officer for a file to attach (scanned letter, minutes, photo). */
public final class AttachmentChooser {

    private AttachmentChooser() {
    }

    public static Optional<Path> choose(Window owner, ResourceBundle resources) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("detail.action.attach.chooser"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
