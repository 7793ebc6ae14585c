package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.security.Actor;

/** The personal data section of Settings: anonymising is possible only after the ID number is typed again. */
@Tag("ui")
class PersonalDataUiTest {

    @TempDir
    Path folder;
    final FxRobot robot = new FxRobot();
    Application app;
    AppServices services;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            UiTestSupport.stop(app);
        }
    }

    void reveal(Node node) {
        ScrollPane page = robot.lookup("#settingsRoot").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = page.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double scrollable = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(Math.max(0, Math.min(1, (y - 40) / scrollable)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(String query, String text) {
        Node field = waitFor(robot, query);
        reveal(field);
        robot.clickOn(query).write(text);
    }

    @Test
    void theAdminTypesTheIdNumberAgainBeforeTheCitizenIsAnonymised() throws Exception {
        services = TestServices.openSetUp(folder);
        var village = services.villages().add("Thôn Đông", VillageKind.THON).id();
        var petition = services.intake().receive(new PetitionDraft(java.time.LocalDate.of(2026, 11, 2),
                PetitionChannel.POST, PetitionKind.RECOMMENDATION, null, services.fields().all().get(0).id(), village,
                null, "Đề nghị sửa đường", 1, false, false, false, PetitionerRef.create(new CitizenDraft(
                "Quách Thị Xuyến", IdPaperType.CCCD, "079187001234", null, village, null)), java.util.List.of(),
                false, false, false, null, null, null, null), Actor.system());
        app = UiTestSupport.start(services);
        waitFor(robot, "#username");
        robot.clickOn("#username").write(TestServices.ADMIN);
        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(KeyCode.ENTER);
        robot.clickOn((Node) waitFor(robot, "#nav-settings"));

        type("#privacyReference", "079187001234");
        robot.clickOn("#privacyFind");
        Label found = waitFor(robot, "#privacyFound");
        waitUntil(() -> found.getText().contains("Quách Thị Xuyến"));
        Button ask = robot.lookup("#privacyAnonymise").queryButton();
        reveal(ask);
        robot.clickOn(ask);
        Button confirm = waitFor(robot, "#privacyConfirm");
        waitUntil(() -> robot.lookup("#privacyConfirmBox").query().isVisible());
        type("#privacyConfirmation", "079187001299");
        assertThat(confirm.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#privacyConfirmation").queryTextInputControl().clear());
        type("#privacyConfirmation", "079187001234");
        waitUntil(() -> !confirm.isDisabled());
        robot.clickOn(confirm);
        Label status = robot.lookup("#privacyStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().equals("Đã ẩn danh 1 hồ sơ công dân."));
        assertThat(services.petitions().require(petition.id()).identity().name()).isEqualTo("(đã ẩn danh)");
        assertThat(robot.lookup("#privacyConfirmBox").query().isVisible()).isFalse();
    }
}
