package vn.danvan.desk.handover;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.audit.AuditTrail;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.keys.PassphraseWrap;

/**
 * Hand-over packages: the local office's records of a period, encrypted with a passphrase and signed by the office,
 * for the higher level to import beside its own (README, "Gói dữ liệu bàn giao"). Import is all or nothing.
 */
public final class PackageService {

    private static final Logger LOG = LoggerFactory.getLogger(PackageService.class);
    /** OWASP 2023 for PBKDF2-HMAC-SHA256, as for the officers' passwords. */
    public static final int KDF_ITERATIONS = 600_000;

    private final PackageExportRepository exports;
    private final PackageImportRepository imports;
    private final SigningKeyRepository signingKeys;
    private final OfficeService offices;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final PassphraseWrap wrap;
    private final PackageFile files = new PackageFile(new ObjectMapper());
    private final Versions versions;
    private final Clock clock;

    /** The app and schema versions written into a package; the check that refuses a newer schema. */
    public record Versions(String app, String schema, java.util.function.Predicate<String> newerThanThisApp) {
    }

    public PackageService(PackageExportRepository exports, PackageImportRepository imports,
                          SigningKeyRepository signingKeys, OfficeService offices, Transactions transactions,
                          AuditTrail audit, int kdfIterations, Versions versions, Clock clock) {
        this.exports = exports;
        this.imports = imports;
        this.signingKeys = signingKeys;
        this.offices = offices;
        this.transactions = transactions;
        this.audit = audit;
        this.wrap = new PassphraseWrap(kdfIterations);
        this.versions = versions;
        this.clock = clock;
    }

    /** What an export wrote. */
    public record Exported(Path file, LocalDate from, LocalDate to, PackageCounts counts, String fingerprint,
                           long millis) {
    }

    /** Writes the package of the period to {@code out}; the passphrase must pass {@link PassphraseRules}. */
    public Exported export(LocalDate from, LocalDate to, char[] passphrase, Path out, Actor actor,
                           ProgressMonitor monitor) throws IOException {
        long started = System.nanoTime();
        if (to.isBefore(from)) {
            throw new UserException("package.error.period", from, to);
        }
        PassphraseRules.check(passphrase).ifPresent(p -> {
            throw new UserException(p.messageKey(), p.arguments());
        });
        OfficeProfile office = offices.requireLocalOffice();
        KeyPair keys = transactions.inTransaction(() -> ownKeys(office.id()));
        monitor.progress(0, 3);
        PackageContent content = transactions.inTransaction(() -> exports.read(office.id(), from, to));
        monitor.progress(1, 3);
        monitor.checkCancelled();
        byte[] random = new byte[DataKey.BYTES];
        new SecureRandom().nextBytes(random);
        DataKey packageKey = DataKey.of(random);
        java.util.Arrays.fill(random, (byte) 0);
        UUID packageId = UUID.randomUUID();
        PackageHeader header = new PackageHeader(PackageHeader.FORMAT, packageId, clock.instant(), versions.app(),
                versions.schema(), office.id(), office.name(), from, to, content.counts(),
                wrap.wrap(packageKey, "hand-over package " + packageId, passphrase), keys.getPublic().getEncoded());
        files.write(out, header, packageKey, keys.getPrivate(), content);
        monitor.progress(2, 3);
        PackageCounts counts = content.counts();
        transactions.run(() -> audit.record(actor, AuditTrail.EXPORT, "PACKAGE", packageId, String.format(
                "%s → %s: %d đơn, %d sự kiện, %d công dân, %d buổi đối thoại, %d ý kiến; %s", from, to,
                counts.petitions(), counts.events(), counts.citizens(), counts.sessions(), counts.opinions(),
                out.getFileName())));
        monitor.progress(3, 3);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Package {} of {}..{} written to {} in {} ms: {}", packageId, from, to, out, millis, counts);
        return new Exported(out, from, to, counts, SigningKeys.fingerprint(keys.getPublic().getEncoded()), millis);
    }

    /** This office's signing key fingerprint (made on first use), for the receiver to compare. */
    public String ownFingerprint() {
        OfficeProfile office = offices.requireLocalOffice();
        return SigningKeys.fingerprint(transactions.inTransaction(() -> ownKeys(office.id())).getPublic()
                .getEncoded());
    }

    private KeyPair ownKeys(UUID officeId) {
        Optional<SigningKeyRepository.StoredKey> stored = signingKeys.find(officeId);
        if (stored.isPresent() && stored.get().privateKey() != null) {
            try {
                return new KeyPair(SigningKeys.publicKey(stored.get().publicKey()),
                        SigningKeys.privateKey(stored.get().privateKey()));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException("The office's signing key cannot be read", e);
            }
        }
        KeyPair keys = SigningKeys.generate();
        signingKeys.insert(officeId, keys.getPublic().getEncoded(), keys.getPrivate().getEncoded());
        return keys;
    }

    /**
     * What a package says about itself, once its signature is checked: shown before the passphrase is asked.
     * {@code knownKey}: the office was imported before and the package is signed by the same key; {@code firstTime}:
     * its key is new here and its fingerprint should be compared with the sender's by phone.
     */
    public record Preview(UUID packageId, UUID officeId, String officeName, LocalDate from, LocalDate to,
                          PackageCounts counts, String fingerprint, boolean firstTime) {
    }

    /** Checks the file's signature and who signed it; refuses a changed file, our own package, a foreign signer. */
    public Preview preview(Path file, Optional<String> expectedFingerprint) throws IOException {
        return preview(files.openSigned(file), expectedFingerprint);
    }

    private Preview preview(PackageHeader.Read read, Optional<String> expectedFingerprint) {
        PackageHeader header = read.header();
        if (versions.newerThanThisApp().test(header.schemaVersion())) {
            throw new UserException("package.error.newerSchema", header.schemaVersion());
        }
        if (offices.requireLocalOffice().id().equals(header.officeId())) {
            throw new UserException("package.error.ownOffice");
        }
        String fingerprint = SigningKeys.fingerprint(header.publicKey());
        if (expectedFingerprint.isPresent() && !SigningKeys.sameFingerprint(expectedFingerprint.get(),
                header.publicKey())) {
            throw new UserException("package.error.fingerprint", fingerprint, expectedFingerprint.get());
        }
        Optional<SigningKeyRepository.StoredKey> pinned = transactions.inTransaction(
                () -> signingKeys.find(header.officeId()));
        if (pinned.isPresent() && !java.util.Arrays.equals(pinned.get().publicKey(), header.publicKey())) {
            throw new UserException("package.error.otherSigner", header.officeName(),
                    SigningKeys.fingerprint(pinned.get().publicKey()), fingerprint);
        }
        return new Preview(header.packageId(), header.officeId(), header.officeName(), header.from(), header.to(),
                header.counts(), fingerprint, pinned.isEmpty());
    }

    /** What an import changed, in records of every table. */
    public record Imported(Preview preview, int inserted, int updated, int unchanged, long millis) {
    }

    /**
     * Imports the package in one transaction: nothing is written unless every check passes and every row fits.
     * The sending office's key is pinned at its first import.
     */
    public Imported importPackage(Path file, char[] passphrase, Optional<String> expectedFingerprint, Actor actor,
                                  ProgressMonitor monitor) throws IOException {
        long started = System.nanoTime();
        PackageHeader.Read read = files.openSigned(file);
        Preview preview = preview(read, expectedFingerprint);
        PackageHeader header = read.header();
        DataKey packageKey = wrap.unwrap(header.wrappedKey(), header.keyLabel(), passphrase)
                .orElseThrow(() -> new UserException("package.error.passphrase"));
        long unlocked = System.nanoTime();
        monitor.progress(1, 4);
        PackageContent content = files.content(file, read, packageKey);
        long opened = System.nanoTime();
        monitor.progress(2, 4);
        monitor.checkCancelled();
        PackageMerge.Plan plan;
        long[] planned = {0};
        try {
            plan = transactions.inTransaction(() -> {
                PackageMerge.Plan merged = PackageMerge.plan(content, imports);
                planned[0] = System.nanoTime();
                monitor.progress(3, 4);
                imports.apply(merged);
                if (preview.firstTime()) {
                    signingKeys.insert(header.officeId(), header.publicKey(), null);
                }
                imports.log(header, merged);
                audit.record(actor, AuditTrail.IMPORT, "PACKAGE", header.packageId(), String.format(
                        "%s (%s) %s → %s: %d mới, %d cập nhật, %d không đổi; khóa %s", header.officeName(),
                        header.officeId(), header.from(), header.to(), merged.inserted(), merged.updated(),
                        merged.unchanged(), preview.fingerprint()));
                return merged;
            });
        } catch (UserException | java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            // a row of the wrong form: the signed, decrypted content is not one this app writes
            LOG.warn("Package {} refused: {}", file, e.toString());
            throw new UserException("package.error.damaged");
        }
        monitor.progress(4, 4);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Package {} of {} imported from {} in {} ms (signature and passphrase {} ms, unsealed and read {} ms,"
                + " compared {} ms, written {} ms): {} new, {} updated, {} unchanged", header.packageId(),
                header.officeName(), file, millis, (unlocked - started) / 1_000_000, (opened - unlocked) / 1_000_000,
                (planned[0] - opened) / 1_000_000, (System.nanoTime() - planned[0]) / 1_000_000, plan.inserted(),
                plan.updated(), plan.unchanged());
        return new Imported(preview, plan.inserted(), plan.updated(), plan.unchanged(), millis);
    }
}
