package vn.danvan.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;
import vn.danvan.desk.petition.PetitionListItem;

/** Tổng quan as an officer meets it: the first page after login, its figures, a row that opens a petition. */
@Tag("ui")
class DashboardUiTest {

    @TempDir
    Path folder;
    DashboardFixtures office;
    Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        office = new DashboardFixtures(folder.resolve("db")).story();
        app = UiTestSupport.start(office.services);
        waitFor(robot, "#username");
        robot.clickOn("#username").write(TestServices.ADMIN);
        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#dashboardRoot");
    }

    @AfterEach
    void stop() throws Exception {
        UiTestSupport.stop(app);
        office.services.close();
    }

    @Test
    void theDashboardIsTheFirstPageAndItsCardsShowTheFigures() {
        ToggleButton first = (ToggleButton) robot.lookup(".nav-button").queryAll().iterator().next();
        assertThat(first.getId()).isEqualTo("nav-dashboard");
        assertThat(first.isSelected()).isTrue();
        assertThat(first.getText()).isEqualTo("Tổng quan");
        waitUntil(() -> text("#card-settlement-rate-value").equals("36,4%"));
        assertThat(text("#card-open-value")).isEqualTo("11");
        assertThat(text("#card-overdue-value")).isEqualTo("5");
        assertThat(text("#card-due-within-week-value")).isEqualTo("2");
        assertThat(text("#card-received-this-month-value")).isEqualTo("4");
        assertThat(text("#card-resolved-this-month-value")).isEqualTo("3");
        // the badge of overdue petitions stays on Đơn thư
        waitUntil(() -> text("#overdue-badge").equals("5"));
        ListView<?> overdue = robot.lookup("#overdueList").queryAs(ListView.class);
        assertThat(overdue.getItems()).hasSize(5);
        StackedBarChart<?, ?> months = robot.lookup("#monthsChart").queryAs(StackedBarChart.class);
        assertThat(months.isVisible()).isTrue();
        assertThat(months.getData()).hasSize(3);
    }

    @Test
    void clickingARowOfTheOverdueListOpensThatPetition() {
        String code = office.current("overdueOld").code();
        waitUntil(() -> robot.lookup("#overdueList .list-cell").queryAll().stream()
                .anyMatch(cell -> cellShows(cell, code)));
        Node row = robot.lookup("#overdueList .list-cell").queryAll().stream()
                .filter(cell -> cellShows(cell, code)).findFirst().orElseThrow();
        robot.clickOn(row);
        waitFor(robot, "#petitionsRoot");
        assertThat(robot.lookup("#nav-petitions").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#petitionsRoot #search").queryAs(TextField.class).getText()).isEqualTo(code);
        @SuppressWarnings("unchecked")
        TableView<PetitionListItem> table = robot.lookup("#petitionsRoot #table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1 && table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().row().code()).isEqualTo(code);
        waitUntil(() -> robot.lookup("#detailRoot #code").queryAs(Label.class).getText().equals(code));
    }

    @Test
    void clickingTheOverdueCardOpensTheOverdueList() {
        waitUntil(() -> text("#card-overdue-value").equals("5"));
        robot.clickOn("#card-overdue");
        waitFor(robot, "#petitionsRoot");
        @SuppressWarnings("unchecked")
        TableView<PetitionListItem> table = robot.lookup("#petitionsRoot #table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 5);
        assertThat(table.getItems()).extracting(item -> item.row().code())
                .containsExactlyInAnyOrderElementsOf(List.of("overdueOld", "denunciation", "confidential",
                        "anonymous", "overdueSinceYesterday").stream().map(n -> office.current(n).code()).toList());
    }

    @Test
    void aChartIsSavedAsAReadablePng() throws Exception {
        waitUntil(() -> robot.lookup("#monthsChart").queryAs(StackedBarChart.class).isVisible());
        StackedBarChart<?, ?> months = robot.lookup("#monthsChart").queryAs(StackedBarChart.class);
        ChartImage[] picture = new ChartImage[1];
        robot.interact(() -> picture[0] = DashboardCharts.picture(months, "Đơn tiếp nhận theo tháng"));
        Path file = folder.resolve("don-thu-theo-thang.png");
        ChartPngWriter.write(picture[0], file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(Files.size(file)).isPositive();
        assertThat(read.getWidth()).isEqualTo((int) Math.round(months.getWidth() * 2));
        assertThat(read.getHeight()).isGreaterThan(100);
        assertThat(months.getTitle()).isNull(); // the title is drawn for the picture only
        long green = 0;
        for (int x = 0; x < read.getWidth(); x += 2) {
            for (int y = 0; y < read.getHeight(); y += 2) {
                if ((read.getRGB(x, y) & 0xFFFFFF) == 0x2E7D32) {
                    green++;
                }
            }
        }
        assertThat(green).as("pixels of the resolved bars").isPositive();
    }

    private static boolean cellShows(Node cell, String code) {
        return cell instanceof javafx.scene.control.ListCell<?> listCell && listCell.getGraphic() instanceof VBox
                && listCell.getItem() instanceof DashboardViewModel.DeadlineEntry entry
                && entry.row().code().equals(code);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
