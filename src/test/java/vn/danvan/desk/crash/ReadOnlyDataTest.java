package vn.danvan.desk.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;

/** A data folder or database file that cannot be written is refused at start with the clear message, data intact. */
class ReadOnlyDataTest {

    @TempDir
    Path folder;

    @Test
    void aReadOnlyDataFolderIsRefusedAtStartAndKeepsItsData() throws Exception {
        saveOneVillage();
        try (ReadOnlyPaths readOnly = ReadOnlyPaths.make(folder)) {
            assertRefusedAsNotWritable();
        }
        assertTheVillageIsThere();
    }

    @Test
    void aReadOnlyDatabaseFileIsRefusedAtStartNotOpenedReadOnlyWithoutAWord() throws Exception {
        saveOneVillage();
        try (ReadOnlyPaths readOnly = ReadOnlyPaths.make(folder.resolve(Database.FILE_NAME + ".mv.db"))) {
            assertRefusedAsNotWritable();
        }
        assertTheVillageIsThere();
    }

    private void saveOneVillage() throws Exception {
        try (AppServices services = CrashServices.open(folder)) {
            services.villages().add("Thôn Đông", VillageKind.THON);
        }
    }

    private void assertRefusedAsNotWritable() {
        assertThatThrownBy(() -> CrashServices.open(folder))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.NOT_WRITABLE);
                    assertThat(Messages.of(AppLanguage.VI).get(e.messageKey(), folder))
                            .startsWith("Không ghi được vào thư mục dữ liệu " + folder);
                });
    }

    private void assertTheVillageIsThere() throws Exception {
        try (AppServices services = CrashServices.open(folder)) {
            assertThat(services.villages().all()).extracting(v -> v.name()).containsExactly("Thôn Đông");
        }
    }
}
