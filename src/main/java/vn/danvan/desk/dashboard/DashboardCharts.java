package vn.danvan.desk.dashboard;

import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.util.Duration;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.petition.ResolutionGroup;

/**
 * Fills the dashboard's charts: labels from the bundle, a tooltip with the numbers on every bar, a click that opens
 * the petitions behind a bar; and takes a chart's picture for a PNG file.
 */
final class DashboardCharts {

    /** Bottom to top of each month's bar. */
    static final List<ResolutionGroup> STACK = List.of(ResolutionGroup.RESOLVED, ResolutionGroup.IN_PROGRESS,
            ResolutionGroup.NOT_RESOLVED);
    /** Longer catalog names are cut on the axis; the tooltip gives the whole name. */
    private static final int LABEL_MAX = 26;
    /** Pictures are taken at twice the screen's size, sharp enough to print. */
    private static final double PICTURE_SCALE = 2;

    private final ResourceBundle resources;

    DashboardCharts(ResourceBundle resources) {
        this.resources = resources;
    }

    static String monthLabel(YearMonth month) {
        return String.format(Locale.ROOT, "%02d/%d", month.getMonthValue(), month.getYear());
    }

    /** A month on the axis, on two lines where the year starts or changes: "T12" over "2025", then "T1", "T2"... */
    private String axisLabel(YearMonth month, boolean first) {
        return first || month.getMonthValue() == 1
                ? format("dashboard.chart.axisMonth.year", month.getMonthValue(), String.valueOf(month.getYear()))
                : format("dashboard.chart.axisMonth", month.getMonthValue());
    }

    void fillMonths(StackedBarChart<String, Number> chart, List<MonthCounts> months,
                    BiConsumer<YearMonth, ResolutionGroup> open) {
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (ResolutionGroup group : STACK) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(resources.getString(group.messageKey()));
            for (MonthCounts m : months) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(axisLabel(m.month(), m == months.get(0)),
                        m.count(group));
                bar.setExtraValue(m);
                series.getData().add(bar);
            }
            all.add(series);
        }
        chart.getData().setAll(all);
        for (int i = 0; i < STACK.size(); i++) {
            ResolutionGroup group = STACK.get(i);
            for (XYChart.Data<String, Number> bar : all.get(i).getData()) {
                MonthCounts m = (MonthCounts) bar.getExtraValue();
                link(bar.getNode(), format("dashboard.chart.months.bar", monthLabel(m.month()),
                        resources.getString(group.messageKey()), count(m.count(group)), count(m.total())),
                        () -> open.accept(m.month(), group));
            }
        }
    }

    /**
     * A horizontal bar per entry, largest at the top, then "others" and "unspecified" when there are any; a click on a
     * named entry's bar opens its petitions.
     */
    void fillRanked(BarChart<Number, String> chart, RankedCounts counts, String keyPrefix, String seriesName,
                    Consumer<RankedCounts.Entry> open) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(seriesName);
        Set<String> used = new HashSet<>();
        List<Runnable> links = new ArrayList<>();
        int total = counts.total();
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        for (RankedCounts.Entry entry : counts.top()) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(entry.count(), unique(used, entry.name()));
            bars.add(bar);
            links.add(() -> link(bar.getNode(), format(keyPrefix + ".bar", entry.name(), count(entry.count()),
                    share(entry.count(), total)), () -> open.accept(entry)));
        }
        if (counts.otherEntries() > 0) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(counts.others(),
                    unique(used, format(keyPrefix + ".others", counts.otherEntries())));
            bars.add(bar);
            links.add(() -> other(bar.getNode(), format(keyPrefix + ".others.bar", counts.otherEntries(),
                    count(counts.others()), share(counts.others(), total))));
        }
        if (counts.unspecified() > 0) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(counts.unspecified(),
                    unique(used, resources.getString(keyPrefix + ".unspecified")));
            bars.add(bar);
            links.add(() -> other(bar.getNode(), format(keyPrefix + ".unspecified.bar",
                    count(counts.unspecified()), share(counts.unspecified(), total))));
        }
        // a vertical category axis puts its first category at the bottom: the largest goes last, to the top
        java.util.Collections.reverse(bars);
        series.getData().setAll(bars);
        chart.getData().setAll(List.of(series));
        links.forEach(Runnable::run);
    }

    /** The chart as a PNG-ready picture, titled while it is taken, on a white background. */
    static ChartImage picture(Chart chart, String title) {
        String before = chart.getTitle();
        chart.setTitle(title);
        try {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.WHITE);
            parameters.setTransform(Transform.scale(PICTURE_SCALE, PICTURE_SCALE));
            WritableImage image = chart.snapshot(parameters, null);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            return new ChartImage(width, height, argb);
        } finally {
            chart.setTitle(before);
        }
    }

    private static void link(Node bar, String text, Runnable open) {
        plain(bar, text);
        bar.setCursor(Cursor.HAND);
        bar.setOnMouseClicked(event -> open.run());
    }

    private static void plain(Node bar, String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(bar, tip);
        bar.getStyleClass().add("dashboard-bar");
    }

    /** A bar of several entries or of none: no list to open, drawn grey. */
    private static void other(Node bar, String text) {
        plain(bar, text);
        bar.getStyleClass().add("dashboard-bar-other");
    }

    /** A label the axis shows once: long names cut, a repeated one numbered. */
    private static String unique(Set<String> used, String name) {
        String label = name.length() > LABEL_MAX ? name.substring(0, LABEL_MAX - 1).strip() + "…" : name;
        String candidate = label;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = label + " (" + n + ")";
        }
        return candidate;
    }

    private String format(String key, Object... arguments) {
        return MessageFormat.format(resources.getString(key), arguments);
    }

    private static String count(int value) {
        return VietnameseFormats.count(value);
    }

    private static String share(int part, int total) {
        return total == 0 ? "" : VietnameseFormats.percent(100.0 * part / total);
    }
}
