package vn.danvan.desk.shell;

import java.util.Locale;

/** The areas of the main window, in sidebar order. Only areas that work are listed; the first opens after login. */
public enum Page {
    DASHBOARD,
    PETITIONS,
    DIALOGUES,
    REPORTS,
    CATALOGS,
    SETTINGS;

    public String titleKey() {
        return "page." + name().toLowerCase(Locale.ROOT);
    }

    public String tooltipKey() {
        return titleKey() + ".tooltip";
    }
}
