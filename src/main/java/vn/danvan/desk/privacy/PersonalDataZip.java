package vn.danvan.desk.privacy;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionEvent;
import vn.danvan.desk.report.SpreadsheetText;

/**
 * The file handed to a citizen who asks what the office holds about them: a ZIP with
 * <ul>
 * <li>{@code du-lieu-ca-nhan.json}: every field, for any program (keys in English, values as stored, labels in the
 * office's language beside the codes);</li>
 * <li>{@code don-thu.csv}: one row per petition with the columns an officer reads out (opens in Excel: UTF-8 with
 * BOM);</li>
 * <li>{@code tep-dinh-kem/}: the attached files in plain form, checked against their recorded checksums, so the
 * citizen receives the scans of their own letters.</li>
 * </ul>
 */
final class PersonalDataZip {

    static final String FORMAT = "danvan-personal-data/1";
    static final String JSON = "du-lieu-ca-nhan.json";
    static final String CSV = "don-thu.csv";
    static final String FILES = "tep-dinh-kem/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Messages messages;
    /** Writes an attachment's plain content to a file (the attachment store unseals it). */
    private final BiConsumer<Attachment, Path> unseal;

    PersonalDataZip(Messages messages, BiConsumer<Attachment, Path> unseal) {
        this.messages = messages;
        this.unseal = unseal;
    }

    void write(PersonalDataFile data, String officeName, Instant issuedAt, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(JSON));
        writeJson(data, officeName, issuedAt, zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(CSV));
        writeCsv(data, zip);
        zip.closeEntry();
        Path temporary = Files.createTempFile("danvan-attachment", ".part");
        try {
            for (HeldPetition held : data.petitions()) {
                for (Attachment attachment : held.attachments()) {
                    unseal.accept(attachment, temporary);
                    zip.putNextEntry(new ZipEntry(FILES + fileName(held.petition(), attachment)));
                    Files.copy(temporary, zip);
                    zip.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        zip.finish();
    }

    /** {@code KNG-2026-00001_1a2b3c4d_scan.pdf}: unique within the ZIP, with no path parts. */
    static String fileName(Petition petition, Attachment attachment) {
        String name = attachment.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return petition.code() + "_" + attachment.id().toString().substring(0, 8) + "_" + name;
    }

    private void writeJson(PersonalDataFile data, String officeName, Instant issuedAt, OutputStream out)
            throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("office", officeName);
            json.writeStringField("issuedAt", issuedAt.toString());
            json.writeArrayFieldStart("citizens");
            for (HeldCitizen c : data.citizens()) {
                citizen(json, c);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("petitions");
            for (HeldPetition p : data.petitions()) {
                petition(json, p);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("opinions");
            for (HeldOpinion o : data.opinions()) {
                json.writeStartObject();
                json.writeStringField("session", o.sessionCode());
                text(json, "sessionDate", o.sessionDate());
                json.writeStringField("sessionKind", o.sessionKind());
                json.writeStringField("place", o.place());
                json.writeStringField("content", o.content());
                json.writeStringField("outcome", o.outcome());
                json.writeStringField("answer", o.answer());
                text(json, "petitionId", o.petitionId());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void citizen(JsonGenerator json, HeldCitizen c) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", c.id().toString());
        json.writeStringField("fullName", c.fullName());
        json.writeStringField("idPaperType", c.paperType());
        json.writeStringField("idNumber", c.idNumber());
        text(json, "idIssueDate", c.idIssueDate());
        json.writeStringField("idIssuePlace", c.idIssuePlace());
        json.writeStringField("phone", c.phone());
        json.writeStringField("village", c.villageName());
        json.writeStringField("address", c.address());
        json.writeStringField("ethnicity", c.ethnicity());
        json.writeStringField("religion", c.religion());
        json.writeBooleanField("anonymised", c.anonymised());
        text(json, "recordedAt", c.createdAt());
        text(json, "updatedAt", c.updatedAt());
        json.writeEndObject();
    }

    private void petition(JsonGenerator json, HeldPetition held) throws IOException {
        Petition p = held.petition();
        json.writeStartObject();
        json.writeStringField("id", p.id().toString());
        json.writeStringField("code", p.code());
        text(json, "receivedDate", p.receivedDate());
        coded(json, "channel", p.channel().name(), p.channel().messageKey());
        coded(json, "kind", p.kind().name(), p.kind().messageKey());
        json.writeStringField("field", p.fieldName());
        json.writeStringField("summary", p.summary());
        json.writeNumberField("peopleCount", p.peopleCount());
        json.writeStringField("petitionerName", p.identity().name());
        json.writeStringField("address", p.identity().address());
        json.writeStringField("village", p.villageName());
        coded(json, "status", p.status().name(), p.status().messageKey());
        if (p.direction() != null) {
            coded(json, "handlingDirection", p.direction().name(), p.direction().messageKey());
        }
        json.writeStringField("handlingUnit", p.handlingUnitName());
        json.writeStringField("transferAgency", p.transferAgency());
        text(json, "dueDate", p.dueDate());
        text(json, "resolvedDate", p.resolvedDate());
        json.writeStringField("result", p.resultText());
        json.writeStringField("settlementDocNo", p.settlementDocNo());
        text(json, "communicatedDate", p.communicatedDate());
        json.writeBooleanField("voided", p.voided());
        json.writeArrayFieldStart("history");
        for (PetitionEvent e : held.history()) {
            json.writeStartObject();
            text(json, "at", e.occurredAt());
            coded(json, "event", e.type().name(), e.type().messageKey());
            text(json, "from", e.fromStatus());
            text(json, "to", e.toStatus());
            json.writeStringField("note", e.note());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("attachments");
        for (Attachment a : held.attachments()) {
            json.writeStartObject();
            json.writeStringField("fileName", a.fileName());
            json.writeStringField("inZip", FILES + fileName(p, a));
            json.writeNumberField("sizeBytes", a.sizeBytes());
            json.writeStringField("sha256", a.sha256());
            json.writeStringField("description", a.description());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void coded(JsonGenerator json, String name, String code, String labelKey) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("code", code);
        json.writeStringField("label", messages.get(labelKey));
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String name, Object value) throws IOException {
        json.writeStringField(name, value == null ? null : value.toString());
    }

    private void writeCsv(PersonalDataFile data, OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(messages.get("privacy.csv.code"), messages.get("privacy.csv.received"),
                messages.get("privacy.csv.kind"), messages.get("privacy.csv.field"),
                messages.get("privacy.csv.summary"), messages.get("privacy.csv.status"),
                messages.get("privacy.csv.direction"), messages.get("privacy.csv.unit"),
                messages.get("privacy.csv.due"), messages.get("privacy.csv.resolved"),
                messages.get("privacy.csv.result"), messages.get("privacy.csv.attachments"));
        for (HeldPetition held : data.petitions()) {
            Petition p = held.petition();
            csv.printRecord(p.code(), date(p.receivedDate()), messages.get(p.kind().messageKey()), p.fieldName(),
                    SpreadsheetText.guard(p.summary()), messages.get(p.status().messageKey()),
                    p.direction() == null ? "" : messages.get(p.direction().messageKey()), p.handlingUnitName(),
                    date(p.dueDate()), date(p.resolvedDate()), SpreadsheetText.guard(p.resultText()), held.attachments().size());
        }
        csv.flush();
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
