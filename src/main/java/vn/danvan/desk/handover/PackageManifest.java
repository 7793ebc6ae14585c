package vn.danvan.desk.handover;

import java.util.Map;
import java.util.UUID;

/** {@code manifest.json} inside the sealed payload: the package id and the SHA-256 of every other entry. */
record PackageManifest(int format, UUID packageId, Map<String, String> entries) {
}
