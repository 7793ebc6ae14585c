package vn.danvan.desk.handover;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.danvan.desk.common.KeepOpenOutputStream;
import vn.danvan.desk.common.SealedStreams;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;

/**
 * The package file ({@code .dvpkg}):
 * <pre>
 *   header      "DVPACKAGE1\n", length, properties text ({@link PackageHeader}): plain, for the preview
 *   payload     a zip sealed with AES-256-GCM in chunks ({@link SealedStreams}) under a random package key, with the
 *               header's SHA-256 as context; entries tables/&lt;table&gt;.json and manifest.json (SHA-256 of each)
 *   signature   "DVSIG1\n" and 64 bytes: Ed25519 by the sending office over the SHA-256 of all bytes before it
 * </pre>
 * The package key is in the header, wrapped with the passphrase (PBKDF2 600,000 + AES-GCM).
 */
final class PackageFile {

    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";
    private static final byte[] SIGNATURE_MAGIC = "DVSIG1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = SIGNATURE_MAGIC.length + SigningKeys.SIGNATURE_BYTES;
    private static final String PAYLOAD_KEY = "hand-over package";
    /** No entry of ours comes near this; a larger one is refused instead of read into memory. */
    private static final int MAX_ENTRY = 512 << 20;

    private final ObjectMapper json;

    PackageFile(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the package beside {@code target} and renames it into place: no half file is ever left. */
    void write(Path target, PackageHeader header, DataKey packageKey, PrivateKey signer, PackageContent content)
            throws IOException {
        Path part = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".part");
        try {
            MessageDigest digest = Sha256.newDigest();
            byte[] headerBytes = header.bytes();
            try (FileOutputStream file = new FileOutputStream(part.toFile());
                 OutputStream out = new DigestOutputStream(new BufferedOutputStream(file, 1 << 16), digest)) {
                out.write(headerBytes);
                writePayload(SealedStreams.sealing(new KeepOpenOutputStream(out), packageKey.fileKey(PAYLOAD_KEY),
                        PackageHeader.context(headerBytes)), header, content);
                byte[] signature = SigningKeys.sign(signer, digest.digest());
                out.flush();
                // after the digest is taken: the trailer is not part of what it covers
                file.write(SIGNATURE_MAGIC);
                file.write(signature);
                file.getChannel().force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private void writePayload(OutputStream sealed, PackageHeader header, PackageContent content) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(sealed)) {
            for (TableRows table : content.tables()) {
                byte[] bytes = json.writeValueAsBytes(table);
                String name = TABLES + table.table() + ".json";
                zip.putNextEntry(new ZipEntry(name));
                zip.write(bytes);
                zip.closeEntry();
                MessageDigest digest = Sha256.newDigest();
                entries.put(name, java.util.HexFormat.of().formatHex(digest.digest(bytes)));
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(json.writeValueAsBytes(new PackageManifest(header.format(), header.packageId(), entries)));
            zip.closeEntry();
        }
    }

    /**
     * Reads the header and checks the signature over the whole file against the public key the header names.
     * Refuses a file that is not a package, is cut short, or was changed anywhere.
     */
    PackageHeader.Read openSigned(Path file) throws IOException {
        long size = Files.size(file);
        PackageHeader.Read read;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            read = PackageHeader.readFrom(in);
        }
        if (size < read.bytes().length + TRAILER) {
            throw new UserException("package.error.damaged");
        }
        MessageDigest digest = Sha256.newDigest();
        byte[] trailer;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            long left = size - TRAILER;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new UserException("package.error.damaged");
                }
                digest.update(buffer, 0, n);
                left -= n;
            }
            trailer = in.readNBytes(TRAILER);
        }
        if (!Arrays.equals(Arrays.copyOf(trailer, SIGNATURE_MAGIC.length), SIGNATURE_MAGIC)
                || !SigningKeys.verify(read.header().publicKey(), digest.digest(),
                Arrays.copyOfRange(trailer, SIGNATURE_MAGIC.length, TRAILER))) {
            throw new UserException("package.error.signature");
        }
        return read;
    }

    /** The tables of a signed package, unsealed with its key and checked against its manifest. */
    PackageContent content(Path file, PackageHeader.Read read, DataKey packageKey) throws IOException {
        long payloadLength = Files.size(file) - TRAILER - read.bytes().length;
        Map<String, byte[]> found = new HashMap<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.skipNBytes(read.bytes().length);
            InputStream payload = new BoundedInput(raw, payloadLength);
            try (InputStream plain = SealedStreams.unsealing(payload, packageKey.fileKey(PAYLOAD_KEY),
                    read.payloadContext())) {
                ZipInputStream zip = new ZipInputStream(plain);
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    byte[] bytes = zip.readNBytes(MAX_ENTRY + 1);
                    if (bytes.length > MAX_ENTRY || found.put(entry.getName(), bytes) != null) {
                        throw new UserException("package.error.damaged");
                    }
                }
                plain.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(PackageFile.class).warn("Package payload refused: {}", e.getMessage());
            throw new UserException("package.error.damaged");
        }
        try {
            return parse(read.header(), found);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException userError) {
                throw userError;
            }
            org.slf4j.LoggerFactory.getLogger(PackageFile.class).warn("Package content refused: {}", e.toString());
            throw new UserException("package.error.damaged");
        }
    }

    private PackageContent parse(PackageHeader header, Map<String, byte[]> found) throws IOException {
        byte[] manifestBytes = found.remove(MANIFEST);
        if (manifestBytes == null) {
            throw new UserException("package.error.damaged");
        }
        PackageManifest manifest = json.readValue(manifestBytes, PackageManifest.class);
        Map<String, String> sums = new HashMap<>();
        found.forEach((name, bytes) -> sums.put(name,
                java.util.HexFormat.of().formatHex(Sha256.newDigest().digest(bytes))));
        if (!header.packageId().equals(manifest.packageId()) || !sums.equals(manifest.entries())) {
            throw new UserException("package.error.damaged");
        }
        List<TableRows> tables = new java.util.ArrayList<>();
        for (PackageTable table : PackageTable.ALL) {
            byte[] bytes = found.get(TABLES + table.name() + ".json");
            if (bytes != null) {
                TableRows rows = json.readValue(bytes, TableRows.class);
                if (!rows.table().equals(table.name())) {
                    throw new UserException("package.error.damaged");
                }
                tables.add(rows);
            }
        }
        if (tables.size() != found.size()) {
            throw new UserException("package.error.damaged");
        }
        return new PackageContent(header.officeId(), header.from(), header.to(), tables);
    }

    /** The payload only: the sealed stream must not read the signature as a chunk. */
    private static final class BoundedInput extends java.io.FilterInputStream {
        private long left;

        BoundedInput(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            left -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(bytes, offset, (int) Math.min(length, left));
            left -= Math.max(0, n);
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
