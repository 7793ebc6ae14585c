package vn.danvan.desk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;

/**
 * A package changed anywhere, cut short, opened with a wrong passphrase or signed by another key than the one known
 * for its office is refused with a clear message, and the receiving database is left exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageTamperTest {

    @TempDir
    static Path folder;
    PackageFixtures offices;
    Path good;
    String before;

    @BeforeAll
    void aPackageImportedOnce() throws Exception {
        offices = new PackageFixtures(folder, 30);
        offices.importInto(offices.b, offices.export("first.dvpkg"));
        good = offices.export("good.dvpkg");
        before = offices.state(offices.b);
    }

    @AfterAll
    void close() {
        offices.close();
    }

    @Test
    void aByteFlippedInTheHeaderIsRefused() throws Exception {
        refused(flipped("header.dvpkg", 40), "package.error.signature");
    }

    @Test
    void aByteFlippedInThePayloadIsRefused() throws Exception {
        refused(flipped("payload.dvpkg", Files.size(good) / 2), "package.error.signature");
    }

    @Test
    void aByteFlippedInTheSignatureIsRefused() throws Exception {
        refused(flipped("signature.dvpkg", Files.size(good) - 1), "package.error.signature");
    }

    @Test
    void aCutPackageIsRefused() throws Exception {
        for (long keep : new long[] {Files.size(good) - 1, Files.size(good) - 80, Files.size(good) / 2, 300}) {
            Path cut = folder.resolve("cut-" + keep + ".dvpkg");
            Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(good), (int) keep));
            refused(cut, "package.error.signature", "package.error.damaged");
        }
    }

    @Test
    void bytesAddedAtTheEndAreRefused() throws Exception {
        Path longer = folder.resolve("longer.dvpkg");
        Files.copy(good, longer);
        Files.write(longer, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        refused(longer, "package.error.signature");
    }

    @Test
    void aWrongPassphraseIsRefused() {
        assertThatThrownBy(() -> offices.b.packages().importPackage(good, "không phải mật khẩu 1".toCharArray(),
                Optional.empty(), PackageFixtures.ADMIN, ProgressMonitor.NONE))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("package.error.passphrase"));
        assertThat(offices.state(offices.b)).isEqualTo(before);
    }

    @Test
    void aFingerprintOtherThanTheOneReadOutIsRefused() {
        assertThatThrownBy(() -> offices.b.packages().importPackage(good, PackageFixtures.PASSPHRASE.toCharArray(),
                Optional.of("0000 1111 2222 3333 4444 5555 6666 7777"), PackageFixtures.ADMIN, ProgressMonitor.NONE))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("package.error.fingerprint"));
        assertThat(offices.state(offices.b)).isEqualTo(before);
    }

    @Test
    void aPackageOfTheSameOfficeSignedByAnotherKeyIsRefused() throws Exception {
        // someone who knows the passphrase and the office's id makes a package with a key of their own
        offices.a.database().dsl().execute("DELETE FROM office_signing_key");
        Path forged = offices.export("other-key.dvpkg");
        refused(forged, "package.error.otherSigner");
    }

    private void refused(Path file, String... keys) {
        assertThatThrownBy(() -> offices.importInto(offices.b, file))
                .as(file.getFileName().toString())
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.messageKey()).isIn((Object[]) keys));
        assertThat(offices.state(offices.b)).isEqualTo(before);
    }

    private Path flipped(String name, long offset) throws Exception {
        Path copy = folder.resolve(name);
        Files.copy(good, copy);
        try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
            file.seek(offset);
            int b = file.read();
            file.seek(offset);
            file.write(b ^ 0x01);
        }
        return copy;
    }
}
