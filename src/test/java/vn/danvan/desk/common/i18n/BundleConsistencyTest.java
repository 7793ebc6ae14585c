package vn.danvan.desk.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.danvan.desk.calendar.HolidayKind;
import vn.danvan.desk.calendar.NationalDayAdjacent;
import vn.danvan.desk.catalog.unit.HandlingUnitKind;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.security.OfficerRole;
import vn.danvan.desk.report.ExportFormat;
import vn.danvan.desk.report.MonthlyListColumn;
import vn.danvan.desk.shell.Page;

/** Every text the user can see exists in both languages. */
class BundleConsistencyTest {

    private static final Path MAIN = Path.of("src/main");
    /** String literals in Java that are bundle keys: dotted, starting with a known area. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:error|validation|cli|catalog|village|field|unit|officer|office|settings|setup|login|page|status"
                    + "|dialog|common|language|app|calendar|report|reports)\\.[A-Za-z0-9_.-]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("vi"));
    }

    @Test
    void everyFxmlKeyResolves() throws IOException {
        Set<String> bundle = keys("vi");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("resources"))) {
            for (Path fxml : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(fxml));
                while (m.find()) {
                    if (!bundle.contains(m.group(1))) {
                        missing.add(fxml.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyNamedInJavaResolves() throws IOException {
        Set<String> bundle = keys("vi");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    // prefixes completed in code, e.g. "page." + name
                    if (!key.endsWith(".") && !bundle.contains(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumLabelResolves() throws IOException {
        Set<String> bundle = keys("vi");
        List<String> enumKeys = new ArrayList<>();
        for (OfficeLevel v : OfficeLevel.values()) {
            enumKeys.add(v.messageKey());
        }
        for (VillageKind v : VillageKind.values()) {
            enumKeys.add(v.messageKey());
        }
        for (HandlingUnitKind v : HandlingUnitKind.values()) {
            enumKeys.add(v.messageKey());
        }
        for (OfficerRole v : OfficerRole.values()) {
            enumKeys.add(v.messageKey());
        }
        for (HolidayKind v : HolidayKind.values()) {
            enumKeys.add(v.messageKey());
        }
        for (NationalDayAdjacent v : NationalDayAdjacent.values()) {
            enumKeys.add(v.messageKey());
        }
        for (AppLanguage v : AppLanguage.values()) {
            enumKeys.add(v.messageKey());
        }
        for (ExportFormat v : ExportFormat.values()) {
            enumKeys.add(v.messageKey());
        }
        for (MonthlyListColumn v : MonthlyListColumn.values()) {
            enumKeys.add(v.messageKey());
        }
        for (Page v : Page.values()) {
            enumKeys.add(v.titleKey());
            enumKeys.add(v.tooltipKey());
        }
        for (DatabaseOpenException.Reason r : DatabaseOpenException.Reason.values()) {
            enumKeys.add(new DatabaseOpenException(r, "", null).messageKey());
        }
        assertThat(bundle).containsAll(enumKeys);
    }

    @Test
    void patternsWithArgumentsQuoteTheirApostrophes() throws IOException {
        // MessageFormat reads a lone ' as the start of quoted text: "office's {0}" would lose the argument
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        List<String> broken = new ArrayList<>();
        for (String language : List.of("vi", "en")) {
            Properties properties = properties(language);
            for (String key : properties.stringPropertyNames()) {
                String pattern = properties.getProperty(key);
                if (pattern.matches("(?s).*\\{\\d.*") && loneApostrophe.matcher(pattern).find()) {
                    broken.add(language + ": " + key);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void messagesFormatArgumentsInTheUsersLanguage() {
        assertThat(Messages.of(AppLanguage.VI).get("catalog.saved", "Thôn Đông")).isEqualTo("Đã lưu «Thôn Đông».");
        assertThat(Messages.of(AppLanguage.EN).get("catalog.saved", "Thôn Đông")).isEqualTo("Saved «Thôn Đông».");
    }

    private static Set<String> keys(String language) throws IOException {
        return new TreeSet<>(properties(language).stringPropertyNames());
    }

    private static Properties properties(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/i18n/messages_" + language
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
