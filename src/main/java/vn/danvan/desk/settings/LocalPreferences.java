package vn.danvan.desk.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.Set;
import vn.danvan.desk.common.ui.ColumnMemory;
import vn.danvan.desk.common.i18n.AppLanguage;

/**
 * Preferences of this installation that must be known before anyone logs in (the language of the login
 * screen), kept in a small text file beside the database. Holds no personal data.
 */
public final class LocalPreferences implements ColumnMemory {

    public static final String FILE_NAME = "preferences.properties";
    private static final String LANGUAGE = "ui.language";
    private static final String COLUMNS = "ui.hiddenColumns.";
    private static final String EXPORT_FOLDER = "export.folder";
    private static final String OFFICE_NAME = "login_office_name";

    private final Path file;
    private final Properties values = new Properties();

    public LocalPreferences(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
    }

    public synchronized AppLanguage language() {
        return AppLanguage.fromCode(values.getProperty(LANGUAGE)).orElse(AppLanguage.VI);
    }

    public synchronized void setLanguage(AppLanguage language) {
        values.setProperty(LANGUAGE, language.code());
        save();
    }

    @Override
    public synchronized Set<String> hiddenColumns(String table) {
        String value = values.getProperty(COLUMNS + table);
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Set.of(value.split(","));
    }

    @Override
    public synchronized void setHiddenColumns(String table, Set<String> columnIds) {
        values.setProperty(COLUMNS + table, String.join(",", new java.util.TreeSet<>(columnIds)));
        save();
    }

    /**
     * The office's name as shown on the login screen, which comes before the (encrypted) database is open. The
     * name of a public body, not personal data.
     */
    public synchronized String officeName() {
        return values.getProperty(OFFICE_NAME, "");
    }

    public synchronized void setOfficeName(String name) {
        if (!name.equals(values.getProperty(OFFICE_NAME))) {
            values.setProperty(OFFICE_NAME, name);
            save();
        }
    }

    /** The folder the last export was written to, if one was. */
    public synchronized java.util.Optional<Path> exportFolder() {
        String value = values.getProperty(EXPORT_FOLDER);
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(value));
    }

    /**
     * Where exports go by default: the folder used last if it is still there, else Documents, else the home folder
     * (reads the file system: for a background thread or a user action, not for every frame).
     */
    public Path exportFolderOrDocuments() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return exportFolder().filter(java.nio.file.Files::isDirectory)
                .orElse(java.nio.file.Files.isDirectory(documents) ? documents : home);
    }

    public synchronized void setExportFolder(Path folder) {
        values.setProperty(EXPORT_FOLDER, folder.toAbsolutePath().toString());
        save();
    }

    /** A preference kept by a feature under its own key (e.g. {@code backup.keepDaily}), if set. */
    public synchronized java.util.Optional<String> get(String key) {
        String value = values.getProperty(key);
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }

    /** Sets (or, with an empty value, removes) a feature's preference. */
    public synchronized void put(String key, String value) {
        if (value == null || value.isBlank()) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        save();
    }

    /** Writes to a temporary file and moves it over the old one, so a crash never leaves half a file. */
    private void save() {
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(writer, "Sổ Dân Vận preferences");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
