package vn.danvan.desk.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.security.Actor;

class AttachmentServiceTest {

    @TempDir
    Path folder;
    @TempDir
    Path outside;
    AppServices services;
    final UUID owner = UUID.randomUUID();

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aScanIsCopiedIntoTheDataFolderWithItsChecksum() throws Exception {
        Path scan = Files.write(outside.resolve("Đơn kiến nghị.pdf"), "%PDF-1.4 quét đơn".getBytes());
        Attachment saved = services.attachments().attach(Attachment.OwnerType.PETITION, owner, scan, "Bản quét",
                Actor.system());

        assertThat(saved.fileName()).isEqualTo("Đơn kiến nghị.pdf");
        assertThat(saved.mediaType()).isEqualTo("application/pdf");
        assertThat(saved.sha256()).hasSize(64);
        Path stored = folder.resolve("attachments").resolve(saved.storageKey());
        assertThat(new String(Files.readAllBytes(stored), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("quét đơn").doesNotContain("%PDF"); // sealed, not a plain copy
        Path copy = outside.resolve("copy.pdf");
        services.attachments().copyTo(saved, copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(scan));
        assertThat(services.attachments().list(Attachment.OwnerType.PETITION, owner)).containsExactly(saved);
        assertThat(Files.list(folder.resolve("attachments"))).hasSize(1); // no temporary file left behind

        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length - 3] ^= 1;
        Files.write(stored, bytes);
        Path again = outside.resolve("again.pdf");
        assertThatThrownBy(() -> services.attachments().copyTo(saved, again))
                .extracting(e -> ((UserException) e).messageKey()).isEqualTo("error.attachment.damaged");
        assertThat(again).doesNotExist();
    }

    @Test
    void emptyUnknownAndMissingFilesAreRefused() throws Exception {
        assertRefused(Files.createFile(outside.resolve("trong.pdf")), "error.attachment.size");
        assertRefused(Files.write(outside.resolve("chay.exe"), new byte[] {1}), "error.attachment.type");
        assertRefused(outside.resolve("khong-co.pdf"), "error.attachment.unreadable");
        assertThat(services.attachments().list(Attachment.OwnerType.PETITION, owner)).isEmpty();
    }

    private void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> services.attachments().attach(Attachment.OwnerType.PETITION, owner, file, null,
                Actor.system())).extracting(e -> ((UserException) e).messageKey()).isEqualTo(key);
    }
}
