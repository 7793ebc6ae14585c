package vn.danvan.desk.petition;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.petition.deadline.DeadlineState;

/** The detail pane of the selected petition: fields, links, history timeline, actions. */
public final class PetitionDetailView {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** Room left in the history list for its vertical scroll bar and borders, in pixels. */
    private static final double HISTORY_SCROLL_BAR = 24;

    private final PetitionDetailViewModel model;
    private final Consumer<List<UUID>> openStatusChange;

    @FXML private ResourceBundle resources;
    @FXML private Label empty;
    @FXML private ScrollPane content;
    @FXML private Label code;
    @FXML private Label status;
    @FXML private Label deadline;
    @FXML private Button changeStatus;
    @FXML private Button reveal;
    @FXML private Button voidRecord;
    @FXML private GridPane fields;
    @FXML private ListView<PetitionLink> links;
    @FXML private ListView<PetitionEvent> history;
    @FXML private ListView<Attachment> attachments;
    @FXML private Button attach;

    public PetitionDetailView(PetitionDetailViewModel model, Consumer<List<UUID>> openStatusChange) {
        this.model = model;
        this.openStatusChange = openStatusChange;
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(model.detailProperty().isNotNull());
        empty.visibleProperty().bind(model.detailProperty().isNull());
        reveal.visibleProperty().bind(model.identityHiddenBinding());
        reveal.managedProperty().bind(reveal.visibleProperty());
        reveal.setDisable(!model.revealAllowed());
        changeStatus.disableProperty().bind(model.changeableBinding().not());
        voidRecord.disableProperty().bind(model.changeableBinding().not());
        links.setItems(model.links());
        links.setPlaceholder(new Label(resources.getString("detail.links.none")));
        links.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PetitionLink link, boolean isEmpty) {
                super.updateItem(link, isEmpty);
                setText(isEmpty || link == null ? null : resources.getString(link.type().messageKey()) + ": "
                        + link.linkedCode() + " (" + VietnameseFormats.date(link.linkedReceived()) + ", "
                        + resources.getString(link.linkedStatus().messageKey()) + ")");
            }
        });
        attachments.setItems(model.attachments());
        attachments.setPlaceholder(new Label(resources.getString("detail.attachments.none")));
        attachments.setCellFactory(list -> new vn.danvan.desk.attachment.AttachmentCell(resources));
        attach.disableProperty().bind(model.changeableBinding().not());
        history.setItems(model.history());
        history.setCellFactory(list -> {
            ListCell<PetitionEvent> cell = new ListCell<>() {
                @Override
                protected void updateItem(PetitionEvent event, boolean isEmpty) {
                    super.updateItem(event, isEmpty);
                    setText(isEmpty || event == null ? null : describe(event));
                }
            };
            // as wide as the list (less its scroll bar), so that a long note wraps instead of scrolling sideways
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(HISTORY_SCROLL_BAR));
            cell.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            return cell;
        });
        model.detailProperty().addListener((observable, old, detail) -> show(detail));
        model.deadlineProperty().addListener((observable, old, state) -> showDeadline(state));
    }

    private String describe(PetitionEvent event) {
        StringBuilder text = new StringBuilder(AT.format(event.occurredAt())).append(" · ")
                .append(event.officerName() == null ? resources.getString("detail.history.system")
                        : event.officerName())
                .append('\n').append(resources.getString(event.type().messageKey()));
        if (event.toStatus() != null) {
            text.append(": ");
            if (event.fromStatus() != null) {
                text.append(resources.getString(event.fromStatus().messageKey())).append(" → ");
            }
            text.append(resources.getString(event.toStatus().messageKey()));
        }
        if (event.note() != null) {
            text.append(" — ").append(event.note());
        }
        return text.toString();
    }

    private void show(PetitionDetail detail) {
        fields.getChildren().clear();
        if (detail == null) {
            return;
        }
        Petition p = detail.petition();
        code.setText(p.code() + (p.voided() ? " — " + resources.getString("detail.voided") : ""));
        status.setText(resources.getString(p.status().messageKey()));
        Identity who = p.identity();
        row("detail.field.received", VietnameseFormats.date(p.receivedDate()));
        row("detail.field.channel", resources.getString(p.channel().messageKey()));
        row("detail.field.kind", resources.getString(p.kind().messageKey()) + (p.complaintRound() == null ? ""
                : " (" + resources.getString("intake.round." + p.complaintRound()) + ")"));
        row("detail.field.field", p.fieldName());
        row("detail.field.petitioner", p.anonymous() ? resources.getString("detail.anonymous") : who.name());
        row("detail.field.idNumber", who.idNumber());
        row("detail.field.phone", who.phone());
        row("detail.field.village", p.villageName());
        row("detail.field.address", who.address());
        row("detail.field.people", p.peopleCount() + (p.group() ? " · " + resources.getString("detail.group") : ""));
        if (!detail.representatives().isEmpty()) {
            row("detail.field.representatives", String.join(", ", detail.representatives()));
        }
        row("detail.field.submission", String.valueOf(p.submissionCount()));
        row("detail.field.summary", p.summary());
        row("detail.field.direction", p.direction() == null ? null : resources.getString(p.direction().messageKey()));
        row("detail.field.unit", p.handlingUnitName());
        row("detail.field.transfer", p.transferAgency() == null ? null
                : p.transferAgency() + " · " + p.transferDocNo());
        row("detail.field.accepted", VietnameseFormats.date(p.acceptedDate()));
        row("detail.field.due", VietnameseFormats.date(p.dueDate()));
        row("detail.field.suspended", VietnameseFormats.date(p.suspendedDate()));
        row("detail.field.resumed", VietnameseFormats.date(p.resumedDate()));
        row("detail.field.resolved", VietnameseFormats.date(p.resolvedDate()));
        row("detail.field.result", p.resultText());
        row("detail.field.settlementDoc", p.settlementDocNo());
        row("detail.field.communicated", VietnameseFormats.date(p.communicatedDate()));
        row("detail.field.satisfaction", p.satisfaction() == null ? null
                : resources.getString(p.satisfaction().messageKey()));
        row("detail.field.reason", p.statusReason());
        row("detail.field.flags", flags(p));
        row("detail.field.note", p.note());
        row("detail.field.voidReason", p.voidReason());
    }

    private String flags(Petition p) {
        StringBuilder text = new StringBuilder();
        if (p.identityProtected()) {
            text.append(resources.getString("intake.field.confidential")).append("; ");
        }
        if (p.complex()) {
            text.append(resources.getString("intake.field.complex")).append("; ");
        }
        if (p.remote()) {
            text.append(resources.getString("intake.field.remote")).append("; ");
        }
        if (p.hotSpot()) {
            text.append(resources.getString("intake.field.hotSpot")).append("; ");
        }
        return text.isEmpty() ? null : text.substring(0, text.length() - 2);
    }

    private void row(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        int index = fields.getRowCount();
        Label label = new Label(resources.getString(labelKey));
        label.getStyleClass().add("detail-label");
        Label text = new Label(value);
        text.setWrapText(true);
        text.setId("detail-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        fields.addRow(index, label, text);
    }

    private void showDeadline(DeadlineState state) {
        deadline.getStyleClass().removeIf(c -> c.startsWith("deadline-") && !c.equals("deadline-badge"));
        deadline.setText(state == DeadlineState.NONE ? "" : resources.getString(state.messageKey()));
        deadline.getStyleClass().add(state.styleClass());
    }

    @FXML
    private void onChangeStatus() {
        PetitionDetail detail = model.detailProperty().get();
        if (detail != null) {
            openStatusChange.accept(List.of(detail.petition().id()));
        }
    }

    @FXML
    private void onAttach() {
        vn.danvan.desk.attachment.AttachmentChooser.choose(attach.getScene().getWindow(), resources)
                .ifPresent(model::attach);
    }

    @FXML
    private void onReveal() {
        model.reveal();
    }

    @FXML
    private void onVoid() {
        model.voidPetition();
    }
}
