package vn.danvan.desk.common.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds once, off screen, the kinds of controls the main window shows first (sidebar buttons, the dashboard's
 * charts, lists and scroll pane), styled with the application's stylesheet, and lays them out. The first layout of
 * the main window then finds their classes loaded, their skins' code linked and their style rules parsed: on the
 * 1M-petition register that first layout took 550–740 ms of the FX thread after the login, most of it loading 316
 * classes (skins, charts, style properties) and linking their lambdas. Meant to run on the FX thread while it has
 * nothing else to do: while the login opens the database.
 */
public final class ControlWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ControlWarmUp.class);

    private final String stylesheet;
    private boolean done;

    /** {@code stylesheet}: the application's stylesheet, as a resource path. */
    public ControlWarmUp(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** On the FX thread: builds and lays out the controls the first time; later calls do nothing. */
    public void runOnce() {
        if (done) {
            return;
        }
        done = true;
        long started = System.nanoTime();
        Scene scene = new Scene(content(), 1200, 700);
        scene.getStylesheets().add(ControlWarmUp.class.getResource(stylesheet).toExternalForm());
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        LOG.info("Controls prepared off screen in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static Parent content() {
        ToggleButton toggle = new ToggleButton("Tổng quan");
        toggle.setGraphic(new Label("1"));
        Label wrapped = new Label("Đơn thư quá hạn giải quyết, cần đôn đốc đơn vị xử lý");
        wrapped.setWrapText(true);
        SVGPath icon = new SVGPath();
        icon.setContent("M0 0 L8 0 L8 8 Z");
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("Đơn 1", "Đơn 2", "Đơn 3"));
        TilePane tiles = new TilePane(new Label("Đang mở"), new Label("Quá hạn"));
        GridPane grid = new GridPane();
        grid.add(months(), 0, 0);
        grid.add(ranked(), 1, 0);
        grid.add(list, 2, 0);
        VBox content = new VBox(new HBox(toggle, new Separator(Orientation.VERTICAL), icon, new ImageView()),
                tiles, wrapped, grid);
        return new ScrollPane(content);
    }

    private static StackedBarChart<String, Number> months() {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        for (String group : List.of("Đã giải quyết", "Đang giải quyết")) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(group);
            series.getData().addAll(new XYChart.Data<>("10/2026", 3), new XYChart.Data<>("11/2026", 5));
            chart.getData().add(series);
        }
        return chart;
    }

    private static BarChart<Number, String> ranked() {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        chart.setAnimated(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.getData().addAll(new XYChart.Data<>(4, "Đất đai"), new XYChart.Data<>(2, "Môi trường"));
        chart.getData().add(series);
        return chart;
    }
}
