package vn.danvan.desk.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.TestServices;

/**
 * The register's file is in H2's {@code CIPHER=AES} format, written by the JDK's AES: byte for byte what H2's own
 * encryption writes, so registers written before open, and a file written now opens with H2's own.
 */
class EncryptedFilesTest {

    private static final char[] PASSWORD = "0123456789abcdef0123456789abcdef".toCharArray();

    @TempDir
    Path folder;

    @Test
    void writesTheSameBytesAsH2sOwnEncryption() throws Exception {
        Path ours = folder.resolve("ours.mv.db");
        Path h2s = folder.resolve("h2s.mv.db");
        // the file is made (header and salt) by H2's, so that both write under the same key
        try (FileEncrypt made = h2Channel(h2s)) {
            made.write(ByteBuffer.allocate(4096), 0);
        }
        Files.copy(h2s, ours);
        Random random = new Random(7);
        try (FileEncrypt theirs = h2Channel(h2s); EncryptedFileChannel mine = ourChannel(ours)) {
            for (int i = 0; i < 40; i++) {
                long position = 4096L * random.nextInt(64);
                byte[] data = new byte[4096 * (1 + random.nextInt(4))];
                random.nextBytes(data);
                theirs.write(ByteBuffer.wrap(data), position);
                mine.write(ByteBuffer.wrap(data), position);
            }
            // a write that ends past a sector boundary, kept as H2 keeps a size that is not whole sectors
            byte[] tail = new byte[5000];
            random.nextBytes(tail);
            long end = theirs.size() + 100;
            theirs.write(ByteBuffer.wrap(tail), end);
            mine.write(ByteBuffer.wrap(tail), end);
            assertThat(mine.size()).isEqualTo(theirs.size()).isEqualTo(end + 5000);
        }
        assertThat(Files.readAllBytes(ours)).isEqualTo(Files.readAllBytes(h2s));
    }

    /** H2's own channel fails on such a write (it reads whole sectors past the end); H2's store never makes one. */
    @Test
    void aWriteFromInsideTheLastSectorToPastTheEndKeepsTheFileReadable() throws Exception {
        Path file = folder.resolve("e.mv.db");
        Random random = new Random(3);
        byte[] first = new byte[3 * 4096 + 1234];
        random.nextBytes(first);
        byte[] over = new byte[6000];
        random.nextBytes(over);
        int inside = first.length - 300;
        try (EncryptedFileChannel mine = ourChannel(file)) {
            mine.write(ByteBuffer.wrap(first), 0);
            assertThat(mine.write(ByteBuffer.wrap(over), inside)).isEqualTo(over.length);
        }
        byte[] expected = Arrays.copyOf(first, inside + over.length);
        System.arraycopy(over, 0, expected, inside, over.length);
        try (FileEncrypt theirs = h2Channel(file); EncryptedFileChannel mine = ourChannel(file)) {
            assertThat(mine.size()).isEqualTo(theirs.size()).isEqualTo(expected.length);
            assertThat(readAll(mine, expected.length)).isEqualTo(expected);
            assertThat(readAll(theirs, expected.length)).isEqualTo(expected);
        }
    }

    @Test
    void readsWhatH2sOwnEncryptionWroteAndTheOtherWayRound() throws Exception {
        Path h2Written = folder.resolve("a.mv.db");
        Path ourWritten = folder.resolve("b.mv.db");
        byte[] data = new byte[3 * 4096 + 1234];
        new Random(11).nextBytes(data);
        try (FileEncrypt theirs = h2Channel(h2Written); EncryptedFileChannel mine = ourChannel(ourWritten)) {
            theirs.write(ByteBuffer.wrap(data), 0);
            mine.write(ByteBuffer.wrap(data), 0);
        }
        assertThat(Arrays.copyOf(Files.readAllBytes(ourWritten), EncryptedFileChannel.MAGIC.length))
                .isEqualTo(EncryptedFileChannel.MAGIC);
        try (FileEncrypt theirs = h2Channel(ourWritten); EncryptedFileChannel mine = ourChannel(h2Written)) {
            assertThat(theirs.size()).isEqualTo(data.length);
            assertThat(mine.size()).isEqualTo(data.length);
            assertThat(readAll(theirs, data.length)).isEqualTo(data);
            assertThat(readAll(mine, data.length)).isEqualTo(data);
            // a read that starts and ends inside sectors
            ByteBuffer part = ByteBuffer.allocate(5000);
            assertThat(mine.read(part, 3000)).isEqualTo(5000);
            assertThat(part.array()).isEqualTo(Arrays.copyOfRange(data, 3000, 8000));
            // into a direct buffer, as the JDK's channels may pass one
            ByteBuffer direct = ByteBuffer.allocateDirect(4096);
            assertThat(mine.read(direct, 4096)).isEqualTo(4096);
            byte[] fromDirect = new byte[4096];
            direct.flip().get(fromDirect);
            assertThat(fromDirect).isEqualTo(Arrays.copyOfRange(data, 4096, 8192));
            assertThat(mine.read(ByteBuffer.allocate(10), data.length)).isEqualTo(-1);
        }
    }

    @Test
    void threadsReadAtOnceEachWithItsOwnCipher() throws Exception {
        Path file = folder.resolve("c.mv.db");
        byte[] data = randomData(256, 13);
        try (EncryptedFileChannel channel = ourChannel(file)) {
            channel.write(ByteBuffer.wrap(data), 0);
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (EncryptedFileChannel channel = ourChannel(file)) {
            List<Future<Boolean>> reads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                reads.add(threads.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 500; i++) {
                        int sector = random.nextInt(256);
                        ByteBuffer read = ByteBuffer.allocate(4096);
                        channel.read(read, sector * 4096L);
                        if (!Arrays.equals(read.array(), Arrays.copyOfRange(data, sector * 4096,
                                sector * 4096 + 4096))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> read : reads) {
                assertThat(read.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRegisterWrittenNowOpensWithH2sOwnEncryptionAndWhatThatWritesOpensHere() throws Exception {
        try (Database database = Database.open(folder, TestServices.KEY)) {
            database.dsl().execute("delete from petition_field where sort_order = 140");
        }
        String url = "jdbc:h2:file:" + folder.resolve("danvan") + ";CIPHER=AES";
        try (var connection = DriverManager.getConnection(url, "sa", new String(TestServices.KEY.filePassword()) + " ");
             var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("select count(*) from petition_field")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(13);
            }
            statement.execute("delete from petition_field where sort_order = 130");
        }
        try (Database database = Database.open(folder, TestServices.KEY)) {
            assertThat(database.dsl().fetchCount(database.dsl().selectOne().from("PETITION_FIELD"))).isEqualTo(12);
        }
    }

    @Test
    void noFileOpensUnderAKeyOnceItsRegistrationIsClosed() throws Exception {
        EncryptedFiles.Registration registration = EncryptedFiles.register(PASSWORD);
        String url = registration.url(folder.resolve("danvan"));
        registration.close();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .hasStackTraceContaining("No key is registered");
        assertThat(Files.exists(folder.resolve("danvan.mv.db"))).isFalse();
    }

    @Test
    void aCopyOfTheStoredFileEndsWhereTheFileEndedWhenItBegan() throws Exception {
        Path file = folder.resolve("d.mv.db");
        byte[] data = randomData(40, 5);
        try (EncryptedFileChannel channel = ourChannel(file)) {
            channel.write(ByteBuffer.wrap(data), 0);
            long stored = Files.size(file);
            byte[] before = Files.readAllBytes(file);
            // a writer appending while the copy runs (H2 writes new pages past the end while a backup copies)
            var copy = new java.io.ByteArrayOutputStream() {
                @Override
                public synchronized void write(byte[] b, int off, int len) {
                    super.write(b, off, len);
                    try {
                        channel.write(ByteBuffer.wrap(new byte[64 * 1024]), channel.size());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            assertThat(channel.copyStored(copy)).isEqualTo(stored);
            assertThat(copy.toByteArray()).isEqualTo(before);
            assertThat(Files.size(file)).isGreaterThan(stored);
        }
    }

    /** {@code sectors} whole sectors of random bytes. */
    private static byte[] randomData(int sectors, long seed) {
        byte[] data = new byte[sectors * 4096];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static FileEncrypt h2Channel(Path file) throws Exception {
        return new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(PASSWORD), open(file));
    }

    private static EncryptedFileChannel ourChannel(Path file) throws Exception {
        return new EncryptedFileChannel(file.toString(), FilePathEncrypt.getPasswordBytes(PASSWORD), open(file),
                false, closed -> { });
    }

    private static FileChannel open(Path file) throws Exception {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static byte[] readAll(FileChannel channel, int length) throws Exception {
        ByteBuffer all = ByteBuffer.allocate(length);
        while (all.hasRemaining() && channel.read(all, all.position()) > 0) {
            // read on
        }
        return all.array();
    }
}
