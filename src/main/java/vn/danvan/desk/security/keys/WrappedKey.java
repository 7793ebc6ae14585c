package vn.danvan.desk.security.keys;

/** One officer's entry in the key file: salt, iteration count and the sealed data key (IV, ciphertext, tag). */
record WrappedKey(byte[] salt, int iterations, byte[] sealed) {
}
