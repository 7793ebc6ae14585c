package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
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
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionEvent;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionLink;
import vn.danvan.desk.petition.PetitionRow;
import vn.danvan.desk.petition.PetitionSort;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.petition.StatusChange;
import vn.danvan.desk.security.Actor;

/** The petition page as an officer uses it: intake, status change, overdue badge, masked identities. */
@Tag("ui")
class PetitionUiTest {

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
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            UiTestSupport.stop(app);
        }
        services.close();
    }

    @Test
    void aGroupPetitionIsTypedInVietnameseAndAValidationErrorIsFixedOnTheWay() {
        openAndLogin();
        robot.clickOn("#newPetition");
        waitFor(robot, "#intakeRoot");
        robot.clickOn("#intakeRoot #field");
        robot.clickOn("Đất đai");
        robot.clickOn("#intakeRoot #village");
        robot.clickOn("Thôn Đông");
        robot.clickOn("#intakeRoot #summary").write("Đoàn 25 hộ đề nghị xem xét mức bồi thường đất nông nghiệp");
        robot.clickOn("#intakeRoot #group");
        waitUntil(() -> problem().contains("ít nhất 2 người"));
        robot.doubleClickOn("#intakeRoot #people").write("25");
        robot.clickOn("#intakeRoot #representatives").write("Phạm Thị Cúc").type(KeyCode.ENTER).write("Vũ Đức Dũng");
        robot.clickOn("#intakeRoot #name").write("Nguyễn Văn Bình");
        robot.clickOn("#intakeRoot #idNumber").write("00108601234");
        waitUntil(() -> problem().contains("đúng 12 chữ số"));
        assertThat(robot.lookup("#intakeRoot #save").queryButton().isDisabled()).isTrue();
        robot.write("5");
        waitUntil(() -> problem().isEmpty());
        robot.clickOn("#intakeRoot #phone").write("0912 345 678").type(KeyCode.ENTER);

        waitUntil(() -> rows(PetitionFilter.all()).size() == 1);
        Petition saved = services.petitions().require(rows(PetitionFilter.all()).get(0).id());
        assertThat(saved.code()).isEqualTo("KNG-2026-00001");
        assertThat(saved.group()).isTrue();
        assertThat(saved.peopleCount()).isEqualTo(25);
        assertThat(saved.identity().name()).isEqualTo("Nguyễn Văn Bình");
        assertThat(saved.identity().idNumber()).isEqualTo("001086012345");
        assertThat(saved.fieldName()).isEqualTo("Đất đai");
        assertThat(services.petitions().detail(saved.id()).representatives())
                .containsExactly("Phạm Thị Cúc", "Vũ Đức Dũng");
        waitUntil(() -> label("#intakeRoot #saved").getText().contains("KNG-2026-00001"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table().getItems().size() == 1);
    }

    @Test
    void oneLetterWithTwoContentsIsSplitIntoTwoLinkedPetitionsFromTheKeyboard() {
        openAndLogin();
        robot.clickOn("#newPetition");
        waitFor(robot, "#intakeRoot");
        robot.clickOn("#intakeRoot #field");
        robot.clickOn("Đất đai");
        robot.clickOn("#intakeRoot #village");
        robot.clickOn("Thôn Đông");
        robot.clickOn("#intakeRoot #summary").write("Đề nghị cấp giấy chứng nhận quyền sử dụng đất");
        // a slip in the date box: a clear message, Enter saves nothing, the date is fixed by typing it again
        robot.clickOn("#intakeRoot #received .text-field").press(KeyCode.CONTROL).type(KeyCode.A)
                .release(KeyCode.CONTROL).write("32/11/2026");
        waitUntil(() -> problem().contains("Không phải ngày hợp lệ"));
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("3/11/2026");
        robot.clickOn("#intakeRoot #name").write("Lê Thị Hoa");
        robot.clickOn("#intakeRoot #idNumber").write("001190004321");
        waitUntil(() -> problem().isEmpty());

        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitFor(robot, "#intakeRoot .letter-part");
        waitUntil(() -> problem().contains("nội dung 2 chưa chọn lĩnh vực"));
        assertThat(robot.lookup("#intakeRoot #save").queryButton().isDisabled()).isTrue();
        List<Node> controls = List.copyOf(robot.lookup("#intakeRoot .letter-part").queryAs(javafx.scene.layout.HBox.class)
                .getChildren());
        robot.clickOn(controls.get(1));
        robot.clickOn("Phản ánh");
        robot.clickOn(controls.get(2));
        robot.clickOn("Môi trường");
        waitUntil(() -> problem().contains("nội dung 2 cần tóm tắt"));
        robot.clickOn(controls.get(3)).write("Phản ánh tiếng ồn của xưởng gỗ ban đêm");
        waitUntil(() -> problem().isEmpty());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> rows(PetitionFilter.all()).size() == 2);
        waitUntil(() -> !label("#intakeRoot #saved").getText().isEmpty());
        assertThat(label("#intakeRoot #saved").getText()).isEqualTo("Đã lưu đơn KNG-2026-00001, PA-2026-00001.");
        assertThat(robot.lookup("#intakeRoot .letter-part").tryQuery()).isEmpty();
        List<Petition> saved = rows(PetitionFilter.all()).stream().map(r -> services.petitions().require(r.id()))
                .sorted(java.util.Comparator.comparing(Petition::code)).toList();
        assertThat(saved).extracting(Petition::code).containsExactly("KNG-2026-00001", "PA-2026-00001");
        assertThat(saved).extracting(Petition::fieldName).containsExactly("Đất đai", "Môi trường");
        assertThat(saved).extracting(Petition::receivedDate).containsOnly(LocalDate.of(2026, 11, 3));
        assertThat(saved).extracting(p -> p.identity().name()).containsOnly("Lê Thị Hoa");
        assertThat(saved.get(0).identity().citizenId()).isEqualTo(saved.get(1).identity().citizenId());
        assertThat(services.petitions().detail(saved.get(1).id()).links())
                .extracting(PetitionLink::linkedCode, PetitionLink::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KNG-2026-00001",
                        PetitionLink.LinkType.SPLIT_SIBLING));
    }

    @Test
    void aResolvedPetitionIsMarkedResultCommunicatedFromTheDetailPane() {
        Petition p = receive(PetitionKind.COMPLAINT, LocalDate.of(2026, 11, 2), "Trần Văn Hải");
        p = services.petitions().change(p.id(), p.rowVersion(), StatusChange.to(PetitionStatus.RESOLVED)
                .date(LocalDate.of(2026, 11, 20)).result("Đã trả lời bằng văn bản"), ADMIN);
        openAndLogin();
        waitUntil(() -> table().getItems().size() == 1);
        robot.clickOn(p.code());
        waitFor(robot, "#detailRoot #changeStatus");
        robot.clickOn("#detailRoot #changeStatus");
        waitFor(robot, "#statusChangeRoot");
        // the only step after "resolved" is chosen already; the date defaults to today
        robot.clickOn("#statusChangeRoot #satisfaction");
        robot.clickOn("Thỏa đáng");
        waitUntil(() -> label("#statusChangeRoot #problem").getText().isEmpty());
        robot.clickOn("#statusChangeRoot #save");

        Petition done = p;
        waitUntil(() -> services.petitions().require(done.id()).status() == PetitionStatus.COMMUNICATED);
        assertThat(services.petitions().require(p.id()).communicatedDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(services.petitions().detail(p.id()).history()).extracting(PetitionEvent::toStatus)
                .endsWith(PetitionStatus.COMMUNICATED);
        waitUntil(() -> label("#detailRoot #status").getText().equals("Đã thông báo kết quả"));
    }

    @Test
    void theSidebarCountsOverduePetitions() {
        receive(PetitionKind.RECOMMENDATION, LocalDate.of(2026, 10, 1), "Lê Thị Hoa"); // due 11 Oct
        receive(PetitionKind.RECOMMENDATION, LocalDate.of(2026, 11, 20), "Lê Thị Mai"); // due 30 Nov
        openAndLogin();
        waitUntil(() -> label("#overdue-badge").isVisible() && label("#overdue-badge").getText().equals("1"));
        robot.clickOn("#petitionsRoot #deadline");
        robot.clickOn("Quá hạn");
        waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).toString()).contains("Lê Thị Hoa");
    }

    @Test
    void aDenouncersNameNeverShowsInTheList() {
        receive(PetitionKind.DENUNCIATION, LocalDate.of(2026, 11, 10), "Đặng Văn Tố");
        openAndLogin();
        waitUntil(() -> table().getItems().size() == 1);
        robot.clickOn("TC-2026-00001");
        waitFor(robot, "#detail-petitioner");
        assertThat(label("#detail-petitioner").getText()).isEqualTo("***");
        assertThat(robot.lookup(node -> node instanceof javafx.scene.text.Text t
                && t.getText() != null && t.getText().contains("Đặng Văn Tố")).tryQuery()).isEmpty();
        assertThat(rows(PetitionFilter.all()).get(0).identity().name()).isEqualTo("***");
        // an officer who is not an admin finds nothing by the denouncer's name
        assertThat(services.browser().page(PetitionFilter.all().withSearch("dang van to"), PetitionSort.DEFAULT, 0,
                10, new Actor(null, "canbo", false))).isEmpty();
    }

    private Petition receive(PetitionKind kind, LocalDate date, String name) {
        var village = services.villages().all().get(0).id();
        var field = services.fields().all().get(0).id();
        return services.intake().receive(new PetitionDraft(date, PetitionChannel.POST, kind,
                kind == PetitionKind.COMPLAINT ? 1 : null, field, village, null, "Nội dung đơn số " + date, 1, false,
                false, false, PetitionerRef.create(new CitizenDraft(name, IdPaperType.CCCD, null, null, village,
                        null)), List.of(), false, false, false, null, null, null, null), ADMIN);
    }

    private void openAndLogin() {
        app = UiTestSupport.startAndLogIn(robot, services);
    }

    private List<PetitionRow> rows(PetitionFilter filter) {
        return services.browser().page(filter, PetitionSort.DEFAULT, 0, 100, ADMIN);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return (TableView<Object>) robot.lookup("#petitionsRoot #table").query();
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private String problem() {
        Node node = robot.lookup("#intakeRoot #problem").query();
        return ((Label) node).getText();
    }
}
