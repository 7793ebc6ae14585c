package vn.danvan.desk.backup;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.UserException;

/**
 * The plain start of a backup file: a magic word, then a length and a small properties text with the format
 * version, when and by which app and schema version it was made, the data key's fingerprint and the office's
 * key file ({@code danvan.keys}: the data key wrapped per officer password, harmless without a password). The
 * payload that follows is sealed under a key derived from the data key, with the SHA-256 of these header bytes
 * as its authenticated context: a changed header makes the payload refuse to open.
 */
record BackupHeader(int format, String createdAt, String appVersion, String schemaVersion, String fingerprint,
                    String keyFile) {

    static final int FORMAT = 1;
    private static final byte[] MAGIC = "DVBACKUP\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEADER = 1 << 20;

    /** Writes the header; returns the sealing context of the payload that follows. */
    String writeTo(OutputStream out) throws IOException {
        byte[] text = text().getBytes(StandardCharsets.UTF_8);
        out.write(MAGIC);
        out.write(ByteBuffer.allocate(4).putInt(text.length).array());
        out.write(text);
        return context(text);
    }

    /** Reads the header of a backup file, leaving {@code in} at the start of the sealed payload. */
    static Read readFrom(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = data.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new UserException("backup.error.notBackup");
        }
        int length;
        try {
            length = data.readInt();
        } catch (EOFException e) {
            throw new UserException("backup.error.damaged");
        }
        if (length <= 0 || length > MAX_HEADER) {
            throw new UserException("backup.error.damaged");
        }
        byte[] text = data.readNBytes(length);
        if (text.length != length) {
            throw new UserException("backup.error.damaged");
        }
        Properties properties = new Properties();
        properties.load(new StringReader(new String(text, StandardCharsets.UTF_8)));
        int format;
        try {
            format = Integer.parseInt(properties.getProperty("format", ""));
        } catch (NumberFormatException e) {
            throw new UserException("backup.error.damaged");
        }
        if (format > FORMAT) {
            throw new UserException("backup.error.newerFormat", format);
        }
        String keys = properties.getProperty("keys", "");
        BackupHeader header = new BackupHeader(format, properties.getProperty("createdAt", ""),
                properties.getProperty("appVersion", ""), properties.getProperty("schemaVersion", "0"),
                properties.getProperty("fingerprint", ""),
                keys.isEmpty() ? "" : new String(Base64.getDecoder().decode(keys), StandardCharsets.UTF_8));
        return new Read(header, context(text));
    }

    /** A header and the context its payload was sealed with. */
    record Read(BackupHeader header, String context) {
    }

    private String text() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", String.valueOf(format));
        properties.setProperty("createdAt", createdAt);
        properties.setProperty("appVersion", appVersion);
        properties.setProperty("schemaVersion", schemaVersion);
        properties.setProperty("fingerprint", fingerprint);
        properties.setProperty("keys", Base64.getEncoder().encodeToString(keyFile.getBytes(StandardCharsets.UTF_8)));
        StringWriter writer = new StringWriter();
        properties.store(writer, "So Dan Van backup: the payload below is encrypted");
        return writer.toString();
    }

    private static String context(byte[] headerText) {
        java.security.MessageDigest digest = Sha256.newDigest();
        digest.update(headerText);
        return "danvan-desk backup v1 " + java.util.HexFormat.of().formatHex(digest.digest());
    }
}
