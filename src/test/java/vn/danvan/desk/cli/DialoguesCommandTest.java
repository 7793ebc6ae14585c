package vn.danvan.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.dialogue.Chair;
import vn.danvan.desk.dialogue.DialogueFilter;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.LinkedPetition;
import vn.danvan.desk.dialogue.OpinionDraft;
import vn.danvan.desk.dialogue.OpinionOutcome;
import vn.danvan.desk.dialogue.SessionDetail;
import vn.danvan.desk.dialogue.SessionDraft;
import vn.danvan.desk.dialogue.SessionSummary;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionFilter;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.security.Actor;

/** {@code dialogues list} and {@code dialogues import} end to end: real files, a real database, the real CLI. */
class DialoguesCommandTest {

    static final Path EXAMPLE = Path.of("docs/examples/dialogue-import.csv");

    @TempDir
    Path folder;
    Path db;
    Path password;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(args, TestServices.cliEnvironment(password), new PrintWriter(out),
                new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void office() throws IOException {
        db = folder.resolve("data");
        password = Files.writeString(folder.resolve("pw.txt"), "matkhau-123\n");
        assertThat(run("init", "--db", db.toString(), "--office", "UBND xã Tân Lập", "--level", "xa", "--province",
                "Phú Thọ", "--admin-user", "admin", "--admin-password-file", password.toString()).code()).isZero();
        assertThat(run("villages", "add", "Thôn Đông", "--db", db.toString()).code()).isZero();
        assertThat(run("villages", "add", "Thôn Tây", "--db", db.toString()).code()).isZero();
        assertThat(run("villages", "add", "Tổ dân phố Tân Tiến", "--kind", "to-dan-pho", "--db", db.toString())
                .code()).isZero();
    }

    @Test
    void theExampleFileImportsASessionWhoseFollowUpOpinionsBecomeLinkedPetitions() throws Exception {
        Result imported = run("dialogues", "import", EXAMPLE.toString(), "--db", db.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo("Đã nhập buổi DT-2026-001: 5 ý kiến, tạo 3 đơn.");
        try (AppServices services = TestServices.logIn(db)) {
            SessionSummary line = services.dialogues().list(DialogueFilter.all(), 10).get(0);
            SessionDetail session = services.dialogues().require(line.id());
            SessionDraft d = session.draft();
            assertThat(d.kind()).isEqualTo(DialogueKind.ANNUAL_CONFERENCE);
            assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(d.start()).isEqualTo(LocalTime.of(8, 0));
            assertThat(d.end()).isEqualTo(LocalTime.of(11, 30));
            assertThat(d.place()).isEqualTo("Hội trường UBND xã");
            assertThat(d.chairs()).containsExactly(new Chair("Nguyễn Văn An", "Bí thư Đảng ủy"),
                    new Chair("Trần Thị Bình", "Chủ tịch UBND xã"));
            assertThat(d.villageIds()).hasSize(2);
            assertThat(d.citizensCount()).isEqualTo(45);
            assertThat(d.officialsCount()).isEqualTo(12);
            assertThat(d.participatingBodies()).startsWith("Ủy ban MTTQ Việt Nam xã, Hội Nông dân");
            assertThat(d.conclusions()).contains("trước 15/12/2026.\n2. Giao Văn phòng");
            assertThat(d.noteTaker()).isEqualTo("Lê Văn Cường");

            List<OpinionDraft> opinions = d.opinions();
            assertThat(opinions).extracting(OpinionDraft::outcome).containsExactly(OpinionOutcome.FOLLOW_UP,
                    OpinionOutcome.FOLLOW_UP, OpinionOutcome.ANSWERED, OpinionOutcome.FOLLOW_UP,
                    OpinionOutcome.ANSWERED);
            assertThat(opinions.get(1).content()).isEqualTo("Phản ánh bãi rác tự phát cạnh kênh mương nội đồng:\n"
                    + "- gây mùi hôi;\n- làm tắc dòng chảy mùa mưa.");
            assertThat(opinions.get(2).answeredBy()).isEqualTo("Chủ tịch UBND xã");
            assertThat(opinions.get(4).answer()).contains("\"Ban công tác Mặt trận\"");
            assertThat(opinions.get(4).villageId()).isNull(); // two villages in the session: none assumed
            assertThat(opinions.get(3).fieldId()).isEqualTo(services.fields().all().stream()
                    .filter(f -> f.name().equals("Hạ tầng, giao thông, thủy lợi")).findFirst().orElseThrow().id());

            assertThat(session.petitions()).extracting(LinkedPetition::opinionNumber).containsExactly(1, 2, 4);
            List<Petition> petitions = session.petitions().stream()
                    .map(p -> services.petitions().require(p.petitionId())).toList();
            assertThat(petitions).allSatisfy(p -> {
                assertThat(p.channel()).isEqualTo(PetitionChannel.DIALOGUE);
                assertThat(p.dialogueSessionId()).isEqualTo(session.id());
                assertThat(p.receivedDate()).isEqualTo(d.date());
                assertThat(p.dueDate()).isNotNull();
            });
            assertThat(petitions).extracting(Petition::kind).containsExactly(PetitionKind.RECOMMENDATION,
                    PetitionKind.FEEDBACK, PetitionKind.RECOMMENDATION);
            assertThat(petitions.get(0).identity().name()).isEqualTo("Phạm Văn Dũng");
            assertThat(petitions.get(2).anonymous()).isTrue();
            assertThat(services.browser().count(PetitionFilter.all(), Actor.system()).count()).isEqualTo(3);
        }

        Result list = run("dialogues", "list", "--db", db.toString());
        assertThat(list.code()).isZero();
        assertThat(list.out().lines()).containsExactly(String.join("\t", "DT-2026-001", "05/11/2026",
                "Hội nghị đối thoại UBND – MTTQ với nhân dân", "Hội trường UBND xã", "Nguyễn Văn An, Trần Thị Bình",
                "45", "5", "2", "3", "0"));
        assertThat(run("dialogues", "list", "--year", "2026", "--db", db.toString()).out().lines()).hasSize(1);
        assertThat(run("dialogues", "list", "--year", "2025", "--db", db.toString()).out()).isEmpty();
        assertThat(run("dialogues", "list", "--year", "1800", "--db", db.toString()).code()).isEqualTo(2);

        Path minutes = folder.resolve("bien-ban.pdf");
        Result written = run("dialogues", "minutes", "dt-2026-001", "--out", minutes.toString(), "--db", db.toString());
        assertThat(written.code()).isZero();
        assertThat(written.out()).contains("DT-2026-001");
        try (var reader = new com.lowagie.text.pdf.PdfReader(minutes.toString())) {
            String page = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1)
                    .replaceAll("\\s+", " ");
            assertThat(page).contains("BIÊN BẢN", "Phạm Văn Dũng (Thôn Đông)", "Hội trường UBND xã");
        }
        Result unknown = run("dialogues", "minutes", "DT-2026-999", "--out", minutes.toString(), "--db",
                db.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Không có buổi số DT-2026-999");
    }

    @Test
    void threeBadRowsAreAllReportedWithTheirLinesAndNothingIsSaved() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.csv"), String.join("\n",
                "kind,voter-contact",
                "date,20/10/2026",
                "place,Nhà văn hóa Tổ dân phố Tân Tiến",
                "villages,Tân Tiến",
                "chair,Nguyễn Văn An (Bí thư Đảng ủy)",
                "",
                "speaker,village,field,content,outcome,answered by,answer",
                "Phạm Văn Dũng,,đất đai,\"Đề nghị làm rõ ranh giới",
                "thửa đất số 12\",follow-up,,",                           // line 8-9: fine, two lines long
                "Lê Thị Hoa,Thôn Ma,môi trường,Rác thải ven sông,follow-up,,",   // line 10: unknown village
                "Trần Văn Nam,,an ninh,,follow-up,,",                        // line 11: no content
                ",,,,,,",                                                     // line 12: blank, skipped
                "Đỗ Văn Hùng,,chế độ chính sách,Hỏi về trợ cấp,answered,Chủ tịch UBND xã,")  // 13: no answer
                + "\n", StandardCharsets.UTF_8);

        Result refused = run("dialogues", "import", file.toString(), "--db", db.toString());

        assertThat(refused.code()).isEqualTo(CommandLineApp.BAD_INPUT);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines()).containsExactly(
                "Dòng 10 («village»): không có thôn / tổ dân phố «Thôn Ma» trong danh mục.",
                "Dòng 11: Ý kiến 3: chưa có nội dung.",
                "Dòng 13: Ý kiến 4: đã trả lời tại chỗ thì cần ghi nội dung trả lời.",
                "Không nhập gì: tệp có 3 lỗi.");
        assertThat(run("dialogues", "list", "--db", db.toString()).out()).isEmpty();
        try (AppServices services = TestServices.logIn(db)) {
            assertThat(services.browser().count(PetitionFilter.all(), Actor.system()).count()).isZero();
        }
        // the file fixed: it goes in whole, and took no number while refused
        Files.writeString(file, Files.readString(file).replace("Thôn Ma", "thon tay")
                .replace("an ninh,,", "an ninh,Đua xe trái phép ban đêm,")
                .replace("Chủ tịch UBND xã,\n", "Chủ tịch UBND xã,Đã có chế độ theo quy định\n"));
        Result fixed = run("dialogues", "import", file.toString(), "--db", db.toString());
        assertThat(fixed.code()).as(fixed.err()).isZero();
        assertThat(fixed.out()).contains("DT-2026-001", "4 ý kiến", "3 đơn");
    }

    @Test
    void theSessionBlockProblemsAreReportedOnTheLinesOfTheirKeys() throws IOException {
        Path file = Files.writeString(folder.resolve("header.csv"), String.join("\n",
                "kind,hội thảo",
                "date,31/02/2026",
                "start,8:00",
                "end,7h",
                "citizens,khoảng 40",
                "chair,",
                "colour,xanh",
                "",
                "speaker,content,outcome,mood",
                "A,B,follow-up,vui"), StandardCharsets.UTF_8);

        Result refused = run("dialogues", "import", file.toString(), "--db", db.toString());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().lines()).containsExactly(
                "Dòng 1: thiếu mục «place» ở phần thông tin buổi.",
                "Dòng 1 («kind»): không rõ hình thức «hội thảo»: dùng annual-conference, leader-dialogue, "
                        + "reception-periodic, reception-ad-hoc, voter-contact, complaint-dialogue hoặc tên tiếng Việt "
                        + "(ví dụ «Tiếp xúc cử tri»).",
                "Dòng 2 («date»): «31/02/2026» không phải ngày: ghi ngày/tháng/năm, ví dụ 05/11/2026.",
                "Dòng 4 («end»): Giờ kết thúc không được trước giờ bắt đầu.",
                "Dòng 5 («citizens»): «khoảng 40» không phải số người (số nguyên từ 0).",
                "Dòng 6 («chair»): Cần ít nhất một người chủ trì.",
                "Dòng 7: «colour» không phải mục của phần thông tin buổi; các ý kiến bắt đầu sau một dòng trống, "
                        + "với một dòng tên cột.",
                "Dòng 9: không có cột «mood» trong mẫu (các cột: speaker, village, field, content, outcome, "
                        + "answered by, answer, petition kind).",
                "Dòng 10: Ý kiến 1: cần xem xét thì phải chọn lĩnh vực.",
                "Không nhập gì: tệp có 9 lỗi.");
    }

    @Test
    void aFileWithBomCrLfAndQuotedMultiLineCellsImports() throws Exception {
        String text = "\uFEFF" + String.join("\r\n",
                "Loại buổi,Tiếp công dân định kỳ",
                "Ngày,2026-11-16",
                "Địa điểm,\"Trụ sở tiếp công dân xã, phòng số 2\"",
                "Thôn,\"Thôn Đông",
                "Thôn Tây\"",
                "Chủ trì,Nguyễn Văn An,Bí thư Đảng ủy",
                "Số công dân,3",
                "",
                "Nội dung,Kết quả,Lĩnh vực,Thôn,Loại đơn,Người phát biểu",
                "\"Khiếu nại quyết định thu hồi đất,",
                "đề nghị xem xét lại \"\"mức bồi thường\"\"",
                "",
                "và thời hạn bàn giao mặt bằng\",Cần xem xét,bồi thường,đông,Khiếu nại,Bùi Thị Yến",
                "Hỏi lịch tiêm chủng,Trả lời tại chỗ,khác,Tây,,") + "\r\n";
        Path file = folder.resolve("bom.csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));

        Result imported = run("dialogues", "import", file.toString(), "--db", db.toString());

        // the answered row has no answer: the line number counts the lines of the multi-line cell above it
        assertThat(imported.code()).isEqualTo(2);
        assertThat(imported.err().lines()).first()
                .isEqualTo("Dòng 14: Ý kiến 2: đã trả lời tại chỗ thì cần ghi nội dung trả lời.");

        Files.write(file, text.replace("Hỏi lịch tiêm chủng,Trả lời tại chỗ",
                "Hỏi lịch tiêm chủng,Cần xem xét").getBytes(StandardCharsets.UTF_8));
        imported = run("dialogues", "import", file.toString(), "--db", db.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("DT-2026-001", "2 ý kiến", "2 đơn");
        try (AppServices services = TestServices.logIn(db)) {
            SessionDetail session = services.dialogues().require(
                    services.dialogues().list(DialogueFilter.all(), 1).get(0).id());
            assertThat(session.draft().kind()).isEqualTo(DialogueKind.RECEPTION_PERIODIC);
            assertThat(session.draft().place()).isEqualTo("Trụ sở tiếp công dân xã, phòng số 2");
            assertThat(session.draft().villageIds()).hasSize(2);
            assertThat(session.draft().chairs()).containsExactly(new Chair("Nguyễn Văn An", "Bí thư Đảng ủy"));
            String content = session.draft().opinions().get(0).content();
            assertThat(content).isEqualTo("Khiếu nại quyết định thu hồi đất,\nđề nghị xem xét lại \"mức bồi "
                    + "thường\"\n\nvà thời hạn bàn giao mặt bằng");
            Petition complaint = services.petitions().require(session.petitions().get(0).petitionId());
            assertThat(complaint.kind()).isEqualTo(PetitionKind.COMPLAINT);
            assertThat(complaint.fieldName()).isEqualTo("Bồi thường, giải phóng mặt bằng, tái định cư");
            assertThat(complaint.villageName()).isEqualTo("Thôn Đông");
            assertThat(complaint.summary()).startsWith("Khiếu nại quyết định thu hồi đất,");
            assertThat(complaint.dialogueSessionId()).isEqualTo(session.id());
        }
    }

    @Test
    void anExcelFileWithSemicolonsAndAFileThatIsNotUtf8() throws Exception {
        Path semicolons = Files.writeString(folder.resolve("excel.csv"), String.join("\r\n",
                "kind;Tiếp xúc cử tri",
                "date;1/11/2026",
                "place;Nhà văn hóa Thôn Đông",
                "chair;\"Trần Thị Bình – Chủ tịch UBND xã; Nguyễn Văn An – Bí thư Đảng ủy\"",
                "villages;thôn đông",
                ";;;",
                "content;outcome;field;answer",
                "Đề nghị lắp đèn đường, sửa cống;follow-up;hạ tầng;",
                "Hỏi về bảo hiểm y tế;answered;;Đã giải thích"), StandardCharsets.UTF_8);
        Result imported = run("dialogues", "import", semicolons.toString(), "--db", db.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        try (AppServices services = TestServices.logIn(db)) {
            SessionDetail session = services.dialogues().require(
                    services.dialogues().list(DialogueFilter.all(), 1).get(0).id());
            assertThat(session.draft().chairs()).extracting(Chair::title)
                    .containsExactly("Chủ tịch UBND xã", "Bí thư Đảng ủy");
            // the session names one village: opinions without one are taken to be from it
            assertThat(session.draft().opinions()).extracting(OpinionDraft::villageId)
                    .containsOnly(session.draft().villageIds().get(0));
            assertThat(session.draft().opinions().get(0).content()).isEqualTo("Đề nghị lắp đèn đường, sửa cống");
        }

        Path utf16 = folder.resolve("utf16.csv");
        Files.write(utf16, "kind,Tiếp xúc cử tri\n".getBytes(StandardCharsets.UTF_16LE));
        Result refused = run("dialogues", "import", utf16.toString(), "--db", db.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("UTF-8");
        Result missing = run("dialogues", "import", folder.resolve("none.csv").toString(), "--db", db.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1);
    }
}
