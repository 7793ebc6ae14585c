package vn.danvan.desk.handover;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * Ed25519 (in the JDK since 15) for signing packages. What is signed is the SHA-256 of every byte of the file
 * before the signature, with a label: the JDK's Ed25519 would otherwise hold the whole file in memory. The
 * fingerprint people compare by phone is the first 16 bytes of the public key's SHA-256, in groups of four.
 */
final class SigningKeys {

    static final int SIGNATURE_BYTES = 64;
    private static final String ALGORITHM = "Ed25519";
    private static final byte[] LABEL = "danvan-desk package signature v1\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SigningKeys() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of JDK 15 and later", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] fileDigest) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(LABEL);
            signature.update(fileDigest);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with Ed25519", e);
        }
    }

    /** Whether {@code signed} is a signature of the digest by the holder of {@code publicKey} (its X.509 bytes). */
    static boolean verify(byte[] publicKey, byte[] fileDigest, byte[] signed) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey(publicKey));
            signature.update(LABEL);
            signature.update(fileDigest);
            return signature.verify(signed);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static PublicKey publicKey(byte[] encoded) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
    }

    static PrivateKey privateKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The office's signing key cannot be read", e);
        }
    }

    /** E.g. {@code 3F2A 91C0 77D4 0B1E 5A6C 22F9 8E01 D4B7}. */
    static String fingerprint(byte[] publicKey) {
        java.security.MessageDigest digest = vn.danvan.desk.common.Sha256.newDigest();
        String hex = HexFormat.of().withUpperCase().formatHex(digest.digest(publicKey), 0, 16);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(hex, i, i + 4);
        }
        return grouped.toString();
    }

    /** A fingerprint as typed by a person: spaces and case do not matter. */
    static boolean sameFingerprint(String typed, byte[] publicKey) {
        return typed.replaceAll("[\\s:-]", "").equalsIgnoreCase(fingerprint(publicKey).replace(" ", ""));
    }
}
