package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.dialogue.DialogueFilter;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.LinkedPetition;
import vn.danvan.desk.dialogue.OpinionOutcome;
import vn.danvan.desk.dialogue.SessionDetail;
import vn.danvan.desk.dialogue.SessionSummary;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.StatusChange;
import vn.danvan.desk.security.Actor;

/** An officer logs a dialogue conference with twelve opinions from the keyboard and follows its petitions. */
@Tag("ui")
class DialogueUiTest {

    static final Actor ADMIN = new Actor(null, "admin", true);

    @TempDir
    Path folder;
    AppServices services;
    Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        services = TestServices.openSetUp(folder);
        services.villages().add("Thôn Đông", VillageKind.THON);
        services.villages().add("Thôn Đoài", VillageKind.THON);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            UiTestSupport.stop(app);
        }
        services.close();
    }

    @Test
    void aConferenceWithTwelveOpinionsIsTypedAndNineBecomeTrackedPetitions() {
        openAndLogin();
        robot.clickOn("Đối thoại");
        waitFor(robot, "#dialoguesRoot");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitFor(robot, "#sessionRoot");

        choose("#sessionRoot #kind", "Hội nghị đối thoại UBND – MTTQ với nhân dân");
        robot.clickOn("#sessionRoot #start").write("8:00");
        robot.clickOn("#sessionRoot #end").write("7:30");
        waitUntil(() -> problem().contains("Giờ kết thúc không được trước giờ bắt đầu"));
        robot.clickOn("#sessionRoot #end").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("11:30");
        robot.clickOn("#sessionRoot #place").write("Nhà văn hóa thôn Đông");
        robot.clickOn("#sessionRoot #chairs").write("Nguyễn Văn An, Bí thư Đảng ủy").type(KeyCode.ENTER)
                .write("Trần Thị Bình - Chủ tịch UBND xã");
        robot.doubleClickOn("#sessionRoot #citizens").write("40");
        waitUntil(() -> problem().isEmpty());
        assertThat(problem()).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.clickOn("#sessionRoot #content").type(KeyCode.ENTER);
        waitForText("#sessionRoot #entryProblem", "Ý kiến 1: chưa có nội dung");
        // keyboard only: village, (field left empty), content, Enter
        robot.clickOn("#sessionRoot #opinionVillage").write("thon dong").type(KeyCode.TAB).type(KeyCode.TAB)
                .write("Đề nghị bê tông hóa đường trục thôn").type(KeyCode.ENTER);
        waitForText("#sessionRoot #entryProblem", "Ý kiến 1: cần xem xét thì phải chọn lĩnh vực");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT).write("dat da").type(KeyCode.TAB)
                .type(KeyCode.ENTER);
        waitUntil(() -> table().getItems().size() == 1);
        // the line keeps village, field and outcome: the next opinions need only their content and Enter
        for (int i = 2; i <= 12; i++) {
            // after each Enter the keyboard is back in the speaker box; village and field stay as they were
            assertThat(robot.lookup("#sessionRoot #speaker").query().isFocused()).isTrue();
            if (i % 3 == 1) {
                choose("#sessionRoot #outcome", "Trả lời tại chỗ");
                robot.clickOn("#sessionRoot #answeredBy").eraseText(40).write("Chủ tịch UBND xã");
                robot.clickOn("#sessionRoot #answer").write("Đã giải thích chính sách số " + i);
                robot.clickOn("#sessionRoot #content").write("Câu hỏi về chính sách số " + i).type(KeyCode.ENTER);
                choose("#sessionRoot #outcome", "Cần xem xét, giải quyết");
                robot.clickOn("#sessionRoot #speaker");
            } else {
                robot.write("Người dân " + i).type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB)
                        .write("Kiến nghị số " + i + " về đất ở").type(KeyCode.ENTER);
            }
            int expected = i;
            waitUntil(() -> table().getItems().size() == expected);
        }
        assertThat(robot.lookup("#sessionRoot #tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().get(1)
                .getText()).isEqualTo("2. Ý kiến (12)");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        waitUntil(() -> !label("#sessionRoot #saved").getText().isEmpty());
        assertThat(label("#sessionRoot #saved").getText()).isEqualTo("Đã lưu DT-2026-001; 9 đơn mới.");
        List<SessionSummary> sessions = services.dialogues().list(DialogueFilter.all(), 10);
        assertThat(sessions).hasSize(1);
        SessionDetail saved = services.dialogues().require(sessions.get(0).id());
        assertThat(saved.draft().kind()).isEqualTo(DialogueKind.ANNUAL_CONFERENCE);
        assertThat(saved.draft().chairs()).extracting(c -> c.name() + "|" + c.title())
                .containsExactly("Nguyễn Văn An|Bí thư Đảng ủy", "Trần Thị Bình|Chủ tịch UBND xã");
        assertThat(saved.draft().citizensCount()).isEqualTo(40);
        assertThat(saved.draft().opinions()).hasSize(12);
        assertThat(saved.draft().opinions()).filteredOn(o -> o.outcome() == OpinionOutcome.ANSWERED).hasSize(3);
        assertThat(saved.petitions()).hasSize(9);
        for (LinkedPetition linked : saved.petitions()) {
            Petition p = services.petitions().require(linked.petitionId());
            assertThat(p.channel()).isEqualTo(PetitionChannel.DIALOGUE);
            assertThat(p.fieldName()).isEqualTo("Đất đai");
            assertThat(p.dueDate()).isNotNull();
        }

        // three are resolved later; the session line shows it
        for (LinkedPetition linked : saved.petitions().subList(0, 3)) {
            Petition p = services.petitions().require(linked.petitionId());
            services.petitions().change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.RESOLVED)
                    .date(LocalDate.of(2026, 11, 24)).result("Đã trả lời"), ADMIN);
        }
        robot.press(KeyCode.ESCAPE);
        robot.clickOn("Đơn thư");
        robot.clickOn("Đối thoại");
        waitFor(robot, "#dialoguesRoot");
        waitUntil(() -> sessionTable().getItems().size() == 1
                && sessionTable().getItems().get(0).resolved() == 3);
        assertThat(label("#dialoguesRoot #conferenceStatus").getText()).contains("đã tổ chức 1/1");

        // a chair nobody has: the empty list says the filter matched nothing, not that the year has no session
        robot.clickOn("#dialoguesRoot #chair").write("Đặng Thùy Dương");
        waitUntil(() -> sessionTable().getItems().isEmpty()
                && label("#dialoguesPlaceholder").getText().contains("khớp với bộ lọc"));
        assertThat(label("#dialoguesPlaceholder").getText())
                .isEqualTo("Không có buổi nào trong năm này khớp với bộ lọc.");
    }

    private void openAndLogin() {
        app = UiTestSupport.startAndLogIn(robot, services);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return (TableView<Object>) robot.lookup("#sessionRoot #opinionTable").query();
    }

    @SuppressWarnings("unchecked")
    private TableView<SessionSummary> sessionTable() {
        return (TableView<SessionSummary>) robot.lookup("#dialoguesRoot #table").query();
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    /** Opens a combo box and clicks the item with {@code text} in its popup (not a table cell with that text). */
    private void choose(String combo, String text) {
        robot.clickOn(combo);
        robot.clickOn((javafx.scene.Node) robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(text)).query());
    }

    /** Waits for {@code fragment} in the label; a failure says what the label held instead. */
    private void waitForText(String query, String fragment) {
        try {
            waitUntil(() -> label(query).getText().contains(fragment));
        } catch (AssertionError e) {
            throw new AssertionError(query + " shows «" + label(query).getText() + "», not «" + fragment + "»", e);
        }
    }

    private String problem() {
        return label("#sessionRoot #problem").getText();
    }
}
