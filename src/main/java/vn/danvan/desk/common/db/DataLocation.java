package vn.danvan.desk.common.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the office's data lives: {@code --db DIR} first, then {@code DANVAN_DB}, then the per-user data folder
 * of the operating system. Never the install folder.
 */
public final class DataLocation {

    public static final String ENV_VARIABLE = "DANVAN_DB";
    static final String APP_FOLDER = "danvan-desk";

    private DataLocation() {
    }

    public static Path resolve(Optional<Path> commandLineDir, Map<String, String> environment, String osName,
                               Path userHome) {
        if (commandLineDir.isPresent()) {
            return commandLineDir.get().toAbsolutePath().normalize();
        }
        String fromEnv = environment.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
        }
        return defaultFolder(environment, osName, userHome);
    }

    public static Path resolve(Optional<Path> commandLineDir) {
        return resolve(commandLineDir, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Path defaultFolder(Map<String, String> environment, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path base = localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData) : userHome.resolve("AppData").resolve("Local");
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve(APP_FOLDER);
    }
}
