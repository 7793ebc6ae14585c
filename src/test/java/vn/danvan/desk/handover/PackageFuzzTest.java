package vn.danvan.desk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;
import vn.danvan.desk.security.keys.PassphraseWrap;

/**
 * Malformed packages: the corpus in {@code src/test/resources/fuzz/package/} (cut, garbage, wrong headers, other
 * files), and well-signed packages whose content is wrong (unknown columns, values of the wrong form, records of
 * another office, children without a parent). Each is refused with a message, quickly, leaving the database as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageFuzzTest {

    private static final Path CORPUS = Path.of("src/test/resources/fuzz/package");
    private static final UUID SENDER = UUID.fromString("6b1d3a52-0f4e-4d8c-9a77-2e5f4c3b2a10");

    @TempDir
    static Path folder;
    PackageFixtures offices;
    String before;

    @BeforeAll
    void receiver() {
        offices = new PackageFixtures(folder, 0);
        before = offices.state(offices.b);
    }

    @AfterAll
    void close() {
        offices.close();
    }

    @Test
    void everyFileOfTheCorpusIsRefused() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        long started = System.nanoTime();
        for (Path file : files) {
            refused(file);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void signedPackagesWithWrongContentAreRefused() throws Exception {
        List<TableRows> cases = List.of(
                new TableRows("petition", List.of("id", "no_such_column"), List.of(List.of(id(), "x"))),
                new TableRows("petition", List.of("id", "received_date"), List.of(List.of(id(), 42))),
                new TableRows("petition", List.of("id", "people_count"), List.of(List.of(id(), "many"))),
                new TableRows("citizen", List.of("id", "origin_office_id", "full_name"),
                        List.of(List.of(id(), id(), "Nguyễn Văn A"))),
                new TableRows("petition_event", List.of("id", "petition_id"), List.of(List.of(id(), id()))),
                new TableRows("village", List.of("id", "origin_office_id"), List.of(List.of(id(), SENDER.toString()))),
                new TableRows("citizen", List.of("id"), List.of(List.of(id(), "extra"))));
        int n = 0;
        for (TableRows wrong : cases) {
            List<TableRows> tables = new ArrayList<>();
            tables.add(officeRow());
            tables.add(wrong);
            refused(signed("wrong-" + n++ + ".dvpkg", tables));
        }
        refused(signed("no-office.dvpkg", List.of()));
    }

    private void refused(Path file) {
        assertThatThrownBy(() -> offices.importInto(offices.b, file))
                .as(file.getFileName().toString())
                .isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(((UserException) e).messageKey()).startsWith("package.error."));
        assertThat(offices.state(offices.b)).as(file.getFileName().toString()).isEqualTo(before);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static TableRows officeRow() {
        String now = Instant.now().toString();
        return new TableRows("office", List.of("id", "name", "level", "province", "higher_level_name", "is_local",
                "created_at", "updated_at"), List.of(List.of(SENDER.toString(), "UBND xã Giả Mạo", "XA", "Phú Thọ",
                "UBND tỉnh Phú Thọ", true, now, now)));
    }

    /** A package signed and encrypted as the app does, around the given tables. */
    private Path signed(String name, List<TableRows> tables) throws Exception {
        KeyPair keys = SigningKeys.generate();
        DataKey key = DataKey.of(new byte[32]);
        UUID packageId = UUID.randomUUID();
        PackageContent content = new PackageContent(SENDER, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                tables);
        PackageHeader header = new PackageHeader(PackageHeader.FORMAT, packageId, Instant.now(), "test", "9",
                SENDER, "UBND xã Giả Mạo", content.from(), content.to(), new PackageCounts(0, 0, 0, 0, 0, 0),
                new PassphraseWrap(1000).wrap(key, "hand-over package " + packageId,
                        PackageFixtures.PASSPHRASE.toCharArray()), keys.getPublic().getEncoded());
        Path file = folder.resolve(name);
        new PackageFile(new ObjectMapper()).write(file, header, key, keys.getPrivate(), content);
        return file;
    }
}
