package vn.danvan.desk.dialogue;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.document.AdministrativeDocument;
import vn.danvan.desk.document.DocumentFonts;
import vn.danvan.desk.document.Issuer;
import vn.danvan.desk.document.PlaceDate;
import vn.danvan.desk.office.OfficeProfile;

/**
 * Biên bản: the minutes of a session as an A4 portrait administrative document — issuer and motto, place and date,
 * title, time and place, who chaired, who took part and who was absent, each opinion with its answer or what
 * became of it, conclusions, points agreed and still disputed, the conclusion notice, and the two signature blocks
 * (note-taker and chair) for signing. Always in Vietnamese: it is an official record.
 */
final class SessionMinutes {

    private static final float BODY = 13f;
    private static final float SIGNATURE_SPACE = 62f;

    /** Names of the catalog entries the session refers to (villages, fields, units), by id. */
    record Names(Map<UUID, String> villages, Map<UUID, String> fields, Map<UUID, String> units) {
    }

    private final DocumentFonts fonts;

    SessionMinutes(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    void write(SessionDetail session, OfficeProfile office, Names names, OutputStream out) {
        SessionDraft d = session.draft();
        try (AdministrativeDocument doc = AdministrativeDocument.open(out,
                AdministrativeDocument.Orientation.PORTRAIT, fonts)) {
            String place = PlaceDate.placeOf(office.name(), office.province());
            doc.header(Issuer.of(office.name()), PlaceDate.line(place, d.date()));
            doc.title("BIÊN BẢN", kindTitle(d.kind()), "(Số " + session.code() + ")");
            String title = kindTitle(d.kind());
            doc.add(text((d.start() == null ? "Ngày " : "Hồi " + time(d.start()) + ", ngày ")
                    + VietnameseFormats.date(d.date()) + ", tại " + d.place() + ", " + office.name() + " tổ chức "
                    + title.substring(0, 1).toLowerCase(VI) + title.substring(1) + "."));
            heading(doc, "I. THÀNH PHẦN");
            doc.add(labelled("Chủ trì: ", String.join("; ", d.chairs().stream()
                    .map(c -> c.title() == null ? c.name() : c.name() + ", " + c.title()).toList()) + "."));
            if (d.noteTaker() != null) {
                doc.add(labelled("Thư ký: ", d.noteTaker() + "."));
            }
            if (d.participatingBodies() != null) {
                doc.add(labelled("Thành phần tham dự: ", d.participatingBodies() + "."));
            }
            doc.add(labelled("Số người tham dự: ", d.citizensCount() + " người dân, " + d.officialsCount()
                    + " cán bộ."));
            if (!d.villageIds().isEmpty()) {
                doc.add(labelled("Thôn, tổ dân phố: ", String.join(", ", d.villageIds().stream()
                        .map(id -> names.villages().getOrDefault(id, "")).toList()) + "."));
            }
            doc.add(labelled("Vắng mặt: ", d.absentPeople() == null ? "không." : d.absentPeople()));
            heading(doc, "II. NỘI DUNG");
            if (d.topics() != null) {
                doc.add(labelled("Nội dung, chủ đề: ", d.topics()));
            }
            opinions(doc, session, names);
            heading(doc, "III. KẾT LUẬN");
            doc.add(text(d.conclusions() == null ? "(Không ghi kết luận.)" : d.conclusions()));
            if (d.pointsAgreed() != null) {
                doc.add(labelled("Những nội dung đã thống nhất: ", d.pointsAgreed()));
            }
            if (d.pointsDisputed() != null) {
                doc.add(labelled("Những nội dung còn ý kiến khác: ", d.pointsDisputed()));
            }
            assignments(doc, d, names);
            doc.add(text("Buổi làm việc kết thúc" + (d.end() == null ? "" : " hồi " + time(d.end()))
                    + " cùng ngày. Biên bản đã được đọc lại cho những người tham dự cùng nghe và thống nhất."));
            signatures(doc, d);
        }
    }

    private void opinions(AdministrativeDocument doc, SessionDetail session, Names names) {
        List<OpinionDraft> opinions = session.draft().opinions();
        doc.add(labelled("Ý kiến của nhân dân và trả lời: ", opinions.isEmpty() ? "không có ý kiến."
                : opinions.size() + " ý kiến."));
        for (int i = 0; i < opinions.size(); i++) {
            OpinionDraft o = opinions.get(i);
            int number = i + 1;
            StringBuilder who = new StringBuilder(number + ". ");
            who.append(o.speakerName() == null ? "Ý kiến" : o.speakerName());
            String village = o.villageId() == null ? null : names.villages().get(o.villageId());
            if (village != null) {
                who.append(" (").append(village).append(")");
            }
            who.append(": ");
            Paragraph p = new Paragraph();
            p.add(new com.lowagie.text.Chunk(who.toString(), fonts.bold(BODY)));
            p.add(new com.lowagie.text.Chunk(o.content(), fonts.regular(BODY)));
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent(28);
            p.setSpacingBefore(3);
            doc.add(p);
            String outcome;
            if (o.outcome() == OpinionOutcome.ANSWERED) {
                outcome = "Trả lời tại chỗ" + (o.answeredBy() == null ? "" : " (" + o.answeredBy() + ")") + ": "
                        + o.answer();
            } else {
                String code = session.petitions().stream().filter(l -> l.opinionNumber() == number)
                        .map(LinkedPetition::code).findFirst().orElse(null);
                outcome = "Tiếp nhận để xem xét, giải quyết" + (code == null ? "" : " (đơn " + code + ")") + ".";
            }
            Paragraph answer = new Paragraph(outcome, fonts.italic(BODY));
            answer.setIndentationLeft(28);
            answer.setAlignment(Element.ALIGN_JUSTIFIED);
            doc.add(answer);
        }
    }

    private void assignments(AdministrativeDocument doc, SessionDraft d, Names names) {
        if (d.assignments().isEmpty()) {
            return;
        }
        doc.add(labelled("Giao nhiệm vụ: ", ""));
        for (int i = 0; i < d.assignments().size(); i++) {
            AssignmentDraft a = d.assignments().get(i);
            int number = i + 1;
            List<String> covered = new java.util.ArrayList<>();
            for (int k = 0; k < d.opinions().size(); k++) {
                if (Integer.valueOf(number).equals(d.opinions().get(k).assignment())) {
                    covered.add(Integer.toString(k + 1));
                }
            }
            Paragraph p = new Paragraph("- " + names.units().getOrDefault(a.unitId(), "") + ": " + a.content()
                    + (covered.isEmpty() ? "" : " (ý kiến số " + String.join(", ", covered) + ")")
                    + (a.dueDate() == null ? "" : "; thời hạn " + VietnameseFormats.date(a.dueDate()))
                    + (a.noticeDocNo() == null ? "" : "; Thông báo số " + a.noticeDocNo()) + ".", fonts.regular(BODY));
            p.setIndentationLeft(28);
            doc.add(p);
        }
    }

    private void signatures(AdministrativeDocument doc, SessionDraft d) {
        PdfPTable table = new PdfPTable(new float[] {50, 50});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        table.addCell(signer("THƯ KÝ", null, d.noteTaker()));
        Chair chair = d.chairs().get(0);
        table.addCell(signer("CHỦ TRÌ", chair.title(), chair.name()));
        doc.add(table);
    }

    private PdfPCell signer(String role, String title, String name) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.addElement(centred(role, fonts.bold(BODY)));
        cell.addElement(centred(title == null ? " " : title.toUpperCase(VI), fonts.bold(BODY)));
        cell.addElement(centred("(Ký, ghi rõ họ tên)", fonts.italic(12)));
        Paragraph signed = centred(name == null ? " " : name, fonts.bold(BODY));
        signed.setSpacingBefore(SIGNATURE_SPACE);
        cell.addElement(signed);
        return cell;
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    static String kindTitle(DialogueKind kind) {
        return switch (kind) {
            case ANNUAL_CONFERENCE -> "Hội nghị đối thoại giữa Ủy ban nhân dân, Mặt trận Tổ quốc với nhân dân";
            case LEADER_DIALOGUE -> "Buổi đối thoại trực tiếp của lãnh đạo với nhân dân";
            case RECEPTION_PERIODIC -> "Buổi tiếp công dân định kỳ của lãnh đạo";
            case RECEPTION_AD_HOC -> "Buổi tiếp công dân đột xuất";
            case VOTER_CONTACT -> "Hội nghị tiếp xúc cử tri";
            case COMPLAINT_DIALOGUE -> "Buổi đối thoại giải quyết khiếu nại";
        };
    }

    private static String time(LocalTime t) {
        return String.format(Locale.ROOT, "%d giờ %02d", t.getHour(), t.getMinute());
    }

    private void heading(AdministrativeDocument doc, String text) {
        Paragraph p = new Paragraph(text, fonts.bold(BODY));
        p.setSpacingBefore(8);
        doc.add(p);
    }

    private Paragraph text(String body) {
        Paragraph p = new Paragraph(body, fonts.regular(BODY));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(28);
        p.setSpacingBefore(3);
        return p;
    }

    private Paragraph labelled(String label, String body) {
        Paragraph p = new Paragraph();
        p.add(new com.lowagie.text.Chunk(label, fonts.bold(BODY)));
        p.add(new com.lowagie.text.Chunk(body, fonts.regular(BODY)));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(28);
        p.setSpacingBefore(3);
        return p;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }
}
