package vn.danvan.desk.handover;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.security.keys.PassphraseWrap;

/**
 * The plain start of a package file: a magic word, a length and a properties text naming the package, the sending
 * office and period, the app and schema version, the package key wrapped with the passphrase, and the sender's
 * Ed25519 public key. Everything here is read before the passphrase is asked for (the preview); the signature at
 * the end of the file covers these bytes, and the payload is sealed with their SHA-256 as its context.
 */
record PackageHeader(int format, UUID packageId, Instant createdAt, String appVersion, String schemaVersion,
                     UUID officeId, String officeName, LocalDate from, LocalDate to, PackageCounts counts,
                     PassphraseWrap.Wrapped wrappedKey, byte[] publicKey) {

    static final int FORMAT = 1;
    static final byte[] MAGIC = "DVPACKAGE1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER = 64 * 1024;

    /** The bytes of the header as written at the start of the file. */
    byte[] bytes() throws IOException {
        byte[] text = text().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(MAGIC.length + 4 + text.length).put(MAGIC).putInt(text.length).put(text).array();
    }

    /** The label the package key is wrapped under: a key wrapped for one package does not open another. */
    String keyLabel() {
        return "hand-over package " + packageId;
    }

    /** Reads the header, leaving {@code in} at the start of the sealed payload; returns it with its bytes. */
    static Read readFrom(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = data.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new UserException("package.error.notPackage");
        }
        int length;
        try {
            length = data.readInt();
        } catch (EOFException e) {
            throw new UserException("package.error.damaged");
        }
        if (length <= 0 || length > MAX_HEADER) {
            throw new UserException("package.error.damaged");
        }
        byte[] text = data.readNBytes(length);
        if (text.length != length) {
            throw new UserException("package.error.damaged");
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(text, StandardCharsets.UTF_8)));
            int format = Integer.parseInt(p.getProperty("format", ""));
            if (format > FORMAT) {
                throw new UserException("package.error.newerFormat", format);
            }
            Base64.Decoder b64 = Base64.getDecoder();
            PackageHeader header = new PackageHeader(format, UUID.fromString(required(p, "package")),
                    Instant.parse(required(p, "createdAt")), p.getProperty("appVersion", ""),
                    required(p, "schemaVersion"), UUID.fromString(required(p, "office")),
                    required(p, "officeName"), LocalDate.parse(required(p, "from")),
                    LocalDate.parse(required(p, "to")),
                    new PackageCounts(count(p, "petitions"), count(p, "events"), count(p, "citizens"),
                            count(p, "sessions"), count(p, "opinions"), count(p, "catalogRows")),
                    new PassphraseWrap.Wrapped(b64.decode(required(p, "keySalt")),
                            Integer.parseInt(required(p, "keyIterations")), b64.decode(required(p, "key"))),
                    b64.decode(required(p, "signingKey")));
            byte[] all = ByteBuffer.allocate(MAGIC.length + 4 + length).put(MAGIC).putInt(length).put(text).array();
            return new Read(header, all);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new UserException("package.error.damaged");
        }
    }

    /** A header and the bytes it was read from. */
    record Read(PackageHeader header, byte[] bytes) {

        /** The context the payload is sealed with: the header's checksum. */
        String payloadContext() {
            return context(bytes);
        }
    }

    static String context(byte[] headerBytes) {
        java.security.MessageDigest digest = Sha256.newDigest();
        digest.update(headerBytes);
        return "danvan-desk package v1 " + HexFormat.of().formatHex(digest.digest());
    }

    private static String required(Properties p, String name) {
        String value = p.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + name);
        }
        return value;
    }

    private static int count(Properties p, String name) {
        int value = Integer.parseInt(p.getProperty(name, "0"));
        if (value < 0) {
            throw new IllegalArgumentException("Negative " + name);
        }
        return value;
    }

    private String text() throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(format));
        p.setProperty("package", packageId.toString());
        p.setProperty("createdAt", createdAt.toString());
        p.setProperty("appVersion", appVersion);
        p.setProperty("schemaVersion", schemaVersion);
        p.setProperty("office", officeId.toString());
        p.setProperty("officeName", officeName);
        p.setProperty("from", from.toString());
        p.setProperty("to", to.toString());
        p.setProperty("petitions", String.valueOf(counts.petitions()));
        p.setProperty("events", String.valueOf(counts.events()));
        p.setProperty("citizens", String.valueOf(counts.citizens()));
        p.setProperty("sessions", String.valueOf(counts.sessions()));
        p.setProperty("opinions", String.valueOf(counts.opinions()));
        p.setProperty("catalogRows", String.valueOf(counts.catalogRows()));
        p.setProperty("keySalt", b64.encodeToString(wrappedKey.salt()));
        p.setProperty("keyIterations", String.valueOf(wrappedKey.iterations()));
        p.setProperty("key", b64.encodeToString(wrappedKey.sealed()));
        p.setProperty("signingKey", b64.encodeToString(publicKey));
        StringWriter writer = new StringWriter();
        p.store(writer, "So Dan Van hand-over package: the payload below is encrypted and the file is signed");
        return writer.toString();
    }
}
