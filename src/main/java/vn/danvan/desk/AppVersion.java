package vn.danvan.desk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, filtered into {@code version.properties} by the build. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
