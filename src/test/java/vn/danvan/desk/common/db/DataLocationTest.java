package vn.danvan.desk.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    private final Path home = Path.of("/home/canbo");

    @Test
    void commandLineWinsOverEnvironment() {
        Path resolved = DataLocation.resolve(Optional.of(Path.of("/data/x")), Map.of("DANVAN_DB", "/data/y"),
                "Linux", home);
        assertThat(resolved).isEqualTo(Path.of("/data/x"));
    }

    @Test
    void environmentVariableWinsOverDefault() {
        assertThat(DataLocation.resolve(Optional.empty(), Map.of("DANVAN_DB", "/data/y"), "Linux", home))
                .isEqualTo(Path.of("/data/y"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataLocation.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home))
                .isEqualTo(Path.of("/xdg/danvan-desk"));
        assertThat(DataLocation.resolve(Optional.empty(), Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/canbo/.local/share/danvan-desk"));
    }

    @Test
    void windowsUsesLocalAppData() {
        Path resolved = DataLocation.resolve(Optional.empty(), Map.of("LOCALAPPDATA", "/users/cb/AppData/Local"),
                "Windows 11", home);
        assertThat(resolved).isEqualTo(Path.of("/users/cb/AppData/Local/danvan-desk"));
    }
}
