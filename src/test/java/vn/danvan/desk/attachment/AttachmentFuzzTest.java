package vn.danvan.desk.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.desk.common.db.generated.Tables.ATTACHMENT;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.security.Actor;

/**
 * Issue 6, bad input for the attachment store: hostile file names, empty files, files at and just over the size
 * limit, symbolic links. Each is stored under a safe name or refused with a clear message, nothing is ever written
 * outside the attachment folder, and a refusal adds no row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentFuzzTest {

    /** What a shown name may never hold: a path, a character Windows refuses, a control or invisible format one. */
    static final String UNSAFE = ".*[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}].*";

    @TempDir
    static Path root;
    AppServices services;
    Path data;
    Path sources;
    final UUID owner = UUID.randomUUID();

    @BeforeAll
    void open() throws IOException {
        data = root.resolve("data");
        sources = Files.createDirectories(root.resolve("incoming").resolve("deep").resolve("er"));
        services = TestServices.openSetUp(data);
    }

    @AfterAll
    void close() {
        services.close();
    }

    /** Names a file can really have on this system (no NUL or '/'; those are checked on the name alone below). */
    static Stream<String> hostileNames() {
        return Stream.of("..\\..\\..\\evil.pdf", "C:\\Windows\\win.ini.txt", "..%2f..%2fx.pdf", "a:b*c?d\"e<f>g|h.pdf",
                "bell\u0007 and escape \u001b[31mred\u001b[0m.pdf", "new\nline\r.pdf", "tab\there.pdf",
                "del\u007f.pdf", "c1\u0085\u009b.pdf", "evil\u202efdp.exe.pdf", "zero\u200bwidth\ufeff.pdf",
                "CON.pdf", "nul.txt", "Com1.png", "lpt9.docx", "aux", "...pdf", ".hidden.pdf", "trailing. . .pdf. . ",
                "-rf.pdf", "~$lock.docx", " spaced  out .pdf", "Đơn kiến nghị (bản quét).pdf",
                "x".repeat(240) + ".pdf", "Đ".repeat(120) + ".pdf", "\ud83d\udcc4".repeat(60) + ".pdf");
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void aHostileNameIsStoredSafelyOrRefusedClearlyAndNothingLandsOutside(String name) throws Exception {
        Set<Path> before = everyFile();
        int rows = rows();
        Path source = Files.write(sources.resolve(name), ("%PDF-1.4 " + name).getBytes());
        before.add(source);
        try {
            Attachment saved = attach(source);
            assertThat(saved.fileName()).isNotBlank().doesNotMatch(UNSAFE).hasSizeLessThanOrEqualTo(255);
            assertThat(saved.fileName().split("\\.")[0].toLowerCase())
                    .isNotIn("con", "prn", "aux", "nul", "com1", "lpt9");
            assertThat(saved.fileName()).doesNotStartWith(".").doesNotEndWith(".").doesNotEndWith(" ");
            assertThat(services.attachments().list(Attachment.OwnerType.PETITION, owner)).contains(saved);
            Path copy = root.resolve("copy.bin");
            services.attachments().copyTo(saved, copy);
            assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(source));
            Files.delete(copy);
            assertThat(rows()).isEqualTo(rows + 1);
        } catch (UserException refused) {
            assertClear(refused);
            assertThat(rows()).isEqualTo(rows);
        }
        assertOnlyStoreChanged(before);
    }

    @Test
    void namesNoFileHereCanHaveAreMadeSafeToo() {
        assertThat(AttachmentNames.safe("../../etc/passwd.txt")).isEqualTo("_.._etc_passwd.txt");
        assertThat(AttachmentNames.safe("nul\u0000byte.pdf")).isEqualTo("nul_byte.pdf");
        assertThat(AttachmentNames.safe("/abs/olute.pdf")).isEqualTo("_abs_olute.pdf");
        String long300 = "a".repeat(300) + ".pdf";
        assertThat(AttachmentNames.safe(long300)).hasSize(255).endsWith("a.pdf");
        assertThat(AttachmentNames.safe("\ud83d\udcc4".repeat(200) + ".pdf")).hasSizeLessThanOrEqualTo(255)
                .endsWith(".pdf").doesNotContain("\ud83d.");
        assertThat(AttachmentNames.safe("CON")).isEqualTo("_CON");
        assertThat(AttachmentNames.safe("..")).isEmpty();
        assertThat(AttachmentNames.safe(" . . ")).isEmpty();
        assertThat(AttachmentNames.shown("x\u001b[2J".repeat(50))).hasSizeLessThanOrEqualTo(80).doesNotMatch(UNSAFE);
    }

    @Test
    void aNameOfOnlyDotsIsRefusedClearly() throws Exception {
        Set<Path> before = everyFile();
        Path dots = Files.write(sources.resolve("...."), new byte[] {1, 2, 3});
        before.add(dots);
        assertRefused(dots, "error.attachment.noName");
        assertOnlyStoreChanged(before);
    }

    @Test
    void emptyFilesFoldersAndMissingFilesAreRefused() throws Exception {
        assertRefused(Files.write(sources.resolve("empty.pdf"), new byte[0]), "error.attachment.size");
        assertRefused(Files.createDirectories(sources.resolve("folder.pdf")), "error.attachment.unreadable");
        assertRefused(sources.resolve("missing.pdf"), "error.attachment.unreadable");
        assertRefused(sources.getRoot(), "error.attachment.noName");
    }

    @Test
    void aFileExactlyAtTheLimitIsStoredAndOneByteMoreIsRefused() throws Exception {
        Attachment atLimit = attach(sized("at-limit.pdf", AttachmentService.MAX_BYTES));
        assertThat(atLimit.sizeBytes()).isEqualTo(AttachmentService.MAX_BYTES);
        UserException refused = assertRefused(sized("over-limit.pdf", AttachmentService.MAX_BYTES + 1),
                "error.attachment.size");
        assertThat(Messages.of(AppLanguage.VI).of(refused)).contains("over-limit.pdf", "25");
    }

    @Test
    void symbolicLinksAreFollowedToRegularFilesOnlyAndNeverWrittenThrough() throws Exception {
        Path target = Files.write(root.resolve("real.pdf"), "%PDF-1.4 thật".getBytes());
        Path link = Files.createSymbolicLink(sources.resolve("link.pdf"), target);
        Attachment saved = attach(link);
        assertThat(saved.fileName()).isEqualTo("link.pdf");
        assertThat(Files.readString(target)).isEqualTo("%PDF-1.4 thật"); // the original is left as it was
        assertRefused(Files.createSymbolicLink(sources.resolve("dangling.pdf"), root.resolve("gone.pdf")),
                "error.attachment.unreadable");
        assertRefused(Files.createSymbolicLink(sources.resolve("device.pdf"), Path.of("/dev/zero")),
                "error.attachment.unreadable");
        assertRefused(Files.createSymbolicLink(sources.resolve("dir.pdf"), root), "error.attachment.unreadable");
        // a link planted in the store under a future key is never followed: keys are random and files created new
        try (Stream<Path> stored = Files.list(data.resolve(AttachmentService.FOLDER))) {
            assertThat(stored.filter(Files::isSymbolicLink)).isEmpty();
        }
    }

    private Path sized(String name, long size) throws IOException {
        Path file = sources.resolve(name);
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.position(size - 1);
            channel.write(ByteBuffer.wrap(new byte[] {1}));
        }
        return file;
    }

    private Attachment attach(Path source) {
        return services.attachments().attach(Attachment.OwnerType.PETITION, owner, source, null, Actor.system());
    }

    private UserException assertRefused(Path source, String key) {
        int rows = rows();
        UserException refused = (UserException) org.assertj.core.api.Assertions.catchThrowable(() -> attach(source));
        assertThat(refused).as("refusal of %s", source).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
        assertClear(refused);
        assertThat(rows()).isEqualTo(rows);
        return refused;
    }

    private static void assertClear(UserException refused) {
        for (AppLanguage language : AppLanguage.values()) {
            String message = Messages.of(language).of(refused);
            assertThat(message).doesNotStartWith("!").doesNotContain("{0}", "Exception", "null")
                    .doesNotContainPattern("[\\p{Cntrl}\\p{Cf}]");
        }
    }

    private int rows() {
        return services.database().dsl().fetchCount(ATTACHMENT);
    }

    /** Every file under the test's root, but for the database's own and the store's. */
    private Set<Path> everyFile() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return new TreeSet<>(files.filter(f -> !f.startsWith(data.resolve(AttachmentService.FOLDER)))
                    .filter(f -> !f.startsWith(data) || !Files.isRegularFile(f)).toList());
        }
    }

    /** Nothing new outside the store; in the store, only files named by a random key. */
    private void assertOnlyStoreChanged(Set<Path> before) throws IOException {
        assertThat(everyFile()).isSubsetOf(before);
        Path store = data.resolve(AttachmentService.FOLDER);
        if (Files.isDirectory(store)) {
            try (Stream<Path> stored = Files.walk(store)) {
                List<String> names = stored.filter(f -> !f.equals(store)).map(f -> f.getFileName().toString())
                        .toList();
                assertThat(names).allMatch(n -> n.matches("[0-9a-f-]{36}"), "random keys, no part files");
            }
        }
    }
}
