package vn.danvan.desk.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.danvan.desk.common.SafeFiles;

/** Reads the audit log: checks its hash chain, exports a period as CSV, pages through it for the admin screen. */
public final class AuditService {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(OFFICE_ZONE);

    private final AuditRepository repository;

    public AuditService(AuditRepository repository) {
        this.repository = repository;
    }

    /**
     * Recomputes every row's hash from its content and the previous row's hash, in chain order. A row edited,
     * inserted or deleted outside the app breaks the chain at that row (or the one after a deleted row).
     */
    public AuditVerification verify() {
        long[] rows = {0};
        String[] previous = {null};
        Long[] broken = {null};
        String[] reason = {""};
        repository.forEachInOrder(entry -> {
            rows[0]++;
            if (broken[0] != null) {
                return;
            }
            if (!Objects.equals(entry.prevHash(), previous[0])) {
                broken[0] = entry.seq();
                reason[0] = "previous hash differs (a row before it was removed, added or changed)";
            } else if (!AuditRepository.expectedHash(previous[0], entry).equals(entry.rowHash())) {
                broken[0] = entry.seq();
                reason[0] = "content differs from its hash (the row was edited)";
            }
            previous[0] = entry.rowHash();
        });
        return new AuditVerification(rows[0], Optional.ofNullable(broken[0]), reason[0]);
    }

    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return repository.page(filter, offset, limit);
    }

    public int count(AuditFilter filter) {
        return repository.count(filter);
    }

    public List<String> actions() {
        return repository.actions();
    }

    /**
     * Writes the rows of {@code filter} in chain order to {@code target} as CSV (UTF-8 with BOM, RFC 4180), with
     * both hashes so that the chain can be checked outside the app too. Returns the number of rows.
     */
    public long exportCsv(AuditFilter filter, Path target) {
        long[] count = {0};
        SafeFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader("seq", "time",
                    "username", "action", "entity_type", "entity_id", "details", "prev_hash", "row_hash").get());
            try {
                repository.forEachMatching(filter, entry -> {
                    try {
                        csv.printRecord(entry.seq(), TIME.format(entry.occurredAt()), entry.username(),
                                entry.action(), entry.entityType(), entry.entityId(), safe(entry.details()),
                                entry.prevHash(), entry.rowHash());
                        count[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
        });
        return count[0];
    }

    /** Details are text typed by officers: a leading = + - @ would be run as a formula by a spreadsheet. */
    private static String safe(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
