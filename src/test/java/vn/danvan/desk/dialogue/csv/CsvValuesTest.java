package vn.danvan.desk.dialogue.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvan.desk.dialogue.Chair;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.OpinionOutcome;
import vn.danvan.desk.petition.PetitionKind;

/** The values a dialogue file may hold, as officers type them. */
class CsvValuesTest {

    @Test
    void datesAndTimesAsOfficesWriteThem() {
        assertThat(CsvValues.date("5/11/2026")).contains(LocalDate.of(2026, 11, 5));
        assertThat(CsvValues.date(" 05-11-2026 ")).contains(LocalDate.of(2026, 11, 5));
        assertThat(CsvValues.date("2026-11-05")).contains(LocalDate.of(2026, 11, 5));
        assertThat(CsvValues.date("31/02/2026")).isEmpty();
        assertThat(CsvValues.date("11/5")).isEmpty();
        assertThat(CsvValues.time("8:00")).contains(LocalTime.of(8, 0));
        assertThat(CsvValues.time("14h30")).contains(LocalTime.of(14, 30));
        assertThat(CsvValues.time("7h")).contains(LocalTime.of(7, 0));
        assertThat(CsvValues.time("8 giờ 15 phút")).contains(LocalTime.of(8, 15));
        assertThat(CsvValues.time("25:00")).isEmpty();
        assertThat(CsvValues.time("sáng")).isEmpty();
        assertThat(CsvValues.count("1.200")).contains(1200);
        assertThat(CsvValues.count("40")).contains(40);
        assertThat(CsvValues.count("-3")).isEmpty();
    }

    @Test
    void kindsAndOutcomesByCodeByNameOrByUsualWord() {
        assertThat(CsvValues.kind("voter-contact")).contains(DialogueKind.VOTER_CONTACT);
        assertThat(CsvValues.kind("TIEP XUC CU TRI")).contains(DialogueKind.VOTER_CONTACT);
        assertThat(CsvValues.kind("Hội nghị đối thoại UBND – MTTQ với nhân dân"))
                .contains(DialogueKind.ANNUAL_CONFERENCE);
        assertThat(CsvValues.kind("Leader's periodic reception day")).contains(DialogueKind.RECEPTION_PERIODIC);
        assertThat(CsvValues.kind("họp tổ")).isEmpty();
        assertThat(CsvValues.outcome("Trả lời tại chỗ")).contains(OpinionOutcome.ANSWERED);
        assertThat(CsvValues.outcome("follow up")).contains(OpinionOutcome.FOLLOW_UP);
        assertThat(CsvValues.outcome("Cần xem xét, giải quyết")).contains(OpinionOutcome.FOLLOW_UP);
        assertThat(CsvValues.outcome("có thể")).isEmpty();
        assertThat(CsvValues.petitionKind("khieu nai")).contains(PetitionKind.COMPLAINT);
        assertThat(CsvValues.petitionKind("Policy question")).contains(PetitionKind.POLICY_QUESTION);
    }

    @Test
    void chairsAndLists() {
        assertThat(CsvValues.chairs("Nguyễn Văn An — Bí thư Đảng ủy; Trần Thị Bình (Chủ tịch UBND xã)\nLê Văn C", ""))
                .containsExactly(new Chair("Nguyễn Văn An", "Bí thư Đảng ủy"),
                        new Chair("Trần Thị Bình", "Chủ tịch UBND xã"), new Chair("Lê Văn C", null));
        assertThat(CsvValues.chairs("Nguyễn Văn An", "Bí thư")).containsExactly(new Chair("Nguyễn Văn An", "Bí thư"));
        assertThat(CsvValues.list(" Thôn Đông ;\nThôn Tây;; ")).containsExactly("Thôn Đông", "Thôn Tây");
    }

    @Test
    void catalogNamesMatchWholeWordsWithoutAccents() {
        UUID dong = UUID.randomUUID();
        UUID dongHoa = UUID.randomUUID();
        UUID tay = UUID.randomUUID();
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(dong, "Thôn Đông");
        names.put(dongHoa, "Thôn Đông Hòa");
        names.put(tay, "Thôn Tây");
        CatalogNames villages = new CatalogNames(names, "unknown", "ambiguous");
        assertThat(villages.find("thon dong").id()).isEqualTo(dong);
        assertThat(villages.find("tây").id()).isEqualTo(tay);
        assertThat(villages.find("Đông Hòa").id()).isEqualTo(dongHoa);
        assertThat(villages.find("đông").candidates()).containsExactly("Thôn Đông", "Thôn Đông Hòa");
        assertThat(villages.find("Thôn Ma").candidates()).isEmpty();
        assertThat(villages.find("ta").found()).isFalse();
    }

    @Test
    void theReaderKeepsLinesOfMultiLineCellsAndFindsTheDelimiter() {
        List<CsvRow> rows = DialogueCsvReader.parse("\uFEFFkind;Tiếp xúc cử tri\r\ntopics;\"a\r\n\r\nb\"\r\n\r\n"
                + "content;outcome\r\nx;answered\r\n");
        assertThat(rows).extracting(CsvRow::line).containsExactly(1, 2, 5, 6, 7);
        assertThat(rows.get(0).cells()).containsExactly("kind", "Tiếp xúc cử tri");
        assertThat(rows.get(1).cell(1)).isEqualTo("a\n\nb");
        assertThat(rows.get(2).blank()).isTrue();
        assertThat(DialogueCsvReader.delimiter("kind,a;b")).isEqualTo(',');
        assertThat(DialogueCsvReader.delimiter("\"kind\";a,b")).isEqualTo(';');
        // decomposed (NFD) text from some editors is stored composed
        assertThat(DialogueCsvReader.parse("kind,Tie\u0302\u0301p xu\u0301c\n").get(0).cell(1)).isEqualTo("Tiếp xúc");
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineWhereItOpens() {
        assertThatThrownBy(() -> DialogueCsvReader.parse("kind,x\nplace,\"Nhà văn hóa\ndate,1/1/2026\n"))
                .isInstanceOfSatisfying(DialogueImportException.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::line).containsExactly(2));
    }
}
