package vn.danvan.desk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The stream forms of sealing (used by backups) write and read exactly the format of seal/unseal (attachments). */
class SealedStreamsTest {

    final SecretKey key = new SecretKeySpec(new byte[32], "AES");

    static byte[] content(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    byte[] sealWithStream(byte[] plain) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = SealedStreams.sealing(sealed, key, "ctx")) {
            // in uneven pieces, as a zip writer does
            for (int at = 0; at < plain.length; at += 1000) {
                out.write(plain, at, Math.min(1000, plain.length - at));
            }
        }
        return sealed.toByteArray();
    }

    @Test
    void bothFormsReadWhatTheOtherWroteAtEverySizeAroundAChunk() throws IOException {
        for (int size : new int[] {0, 1, 65_535, 65_536, 65_537, 3 * 65_536, 200_000}) {
            byte[] plain = content(size);
            ByteArrayOutputStream unsealed = new ByteArrayOutputStream();
            SealedStreams.unseal(new ByteArrayInputStream(sealWithStream(plain)), unsealed, key, "ctx");
            assertThat(unsealed.toByteArray()).as("size %d", size).isEqualTo(plain);

            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            SealedStreams.seal(new ByteArrayInputStream(plain), sealed, key, "ctx");
            try (InputStream in = SealedStreams.unsealing(new ByteArrayInputStream(sealed.toByteArray()), key, "ctx")) {
                assertThat(in.readAllBytes()).as("size %d", size).isEqualTo(plain);
            }
        }
    }

    @Test
    void theReadingStreamRefusesAChangedACutAndAForeignFile() throws IOException {
        byte[] sealed = sealWithStream(content(200_000));
        byte[] changed = sealed.clone();
        changed[150_000] ^= 1;
        byte[] cutAtAChunkEnd = Arrays.copyOf(sealed, 8 + 7 + 2 * (4 + 65_536 + 16));
        for (byte[] bad : new byte[][] {changed, cutAtAChunkEnd}) {
            assertThatThrownBy(() -> SealedStreams.unsealing(new ByteArrayInputStream(bad), key, "ctx").readAllBytes())
                    .isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> SealedStreams.unsealing(new ByteArrayInputStream(sealed), key, "other").read())
                .isInstanceOf(IOException.class);
    }
}
