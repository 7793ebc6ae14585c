package vn.danvan.desk.attachment;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import javafx.scene.control.ListCell;

/** One attached file in a list: its name, size in KB and when it was attached (office time). */
public final class AttachmentCell extends ListCell<Attachment> {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ResourceBundle resources;

    public AttachmentCell(ResourceBundle resources) {
        this.resources = resources;
    }

    @Override
    protected void updateItem(Attachment file, boolean empty) {
        super.updateItem(file, empty);
        setText(empty || file == null ? null : MessageFormat.format(resources.getString("detail.attachment.line"),
                file.fileName(), Math.max(1, file.sizeBytes() / 1024), AT.format(file.createdAt())));
    }
}
