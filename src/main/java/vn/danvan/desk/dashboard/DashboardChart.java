package vn.danvan.desk.dashboard;

import java.util.Locale;

/** The dashboard's charts, each of which can be saved as a PNG image. */
public enum DashboardChart {
    MONTHS("don-thu-theo-thang"),
    FIELDS("don-thu-theo-linh-vuc"),
    VILLAGES("don-thu-theo-thon");

    private final String fileStem;

    DashboardChart(String fileStem) {
        this.fileStem = fileStem;
    }

    /** ASCII, so that the file travels by any mail or USB stick: {@code don-thu-theo-thang-2026-11-24.png}. */
    public String fileName(java.time.LocalDate day) {
        return day == null ? fileStem + ".png" : String.format(Locale.ROOT, "%s-%s.png", fileStem, day);
    }

    public String titleKey() {
        return "dashboard.chart." + name().toLowerCase(Locale.ROOT);
    }
}
