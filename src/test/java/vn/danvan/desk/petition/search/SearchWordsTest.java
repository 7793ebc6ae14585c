package vn.danvan.desk.petition.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreRunsOfLettersAndDigitsAndCodesStayWhole() {
        assertThat(SearchWords.of("kng-2026-00042 | de nghi sua duong (thon dong), so 12/3 - tp.hcm"))
                .containsExactly("12/3", "de", "dong", "duong", "kng-2026-00042", "nghi", "so", "sua", "thon",
                        "tp.hcm");
    }

    @Test
    void aWordThatBeginsAnotherOfTheSameTextIsLeftOut() {
        assertThat(SearchWords.of("tran tranh trang a an anh")).containsExactly("anh", "trang", "tranh");
    }

    @Test
    void typedWordsAreFoldedLikeTheStoredOnes() {
        assertThat(SearchWords.query("  Nguyễn   THỊ  ")).containsExactly("nguyen", "thi");
        assertThat(SearchWords.query(Normalizer.normalize("Đất đai", Normalizer.Form.NFD))).containsExactly("dai",
                "dat");
        assertThat(SearchWords.query("KN-2026-000")).containsExactly("kn-2026-000");
        assertThat(SearchWords.query("100%")).containsExactly("100");
        assertThat(SearchWords.query("%% -- ")).isEmpty();
    }

    @Test
    void storedTextPutsASpaceBeforeEveryWord() {
        assertThat(SearchWords.joined(SearchWords.of("le thi dao"))).isEqualTo(" dao le thi");
    }

    @Test
    void aConfidentialIdentityIsKeptApart() {
        SearchDocument open = SearchDocument.of("PA-2026-00001", "Đất đai", false, "Lê Thị Đào", "001086000001",
                "0912345678", "Xóm Giữa");
        assertThat(open.words()).contains("pa-2026-00001", "dat", "dai", "le", "thi", "dao", "001086000001",
                "0912345678", "xom", "giua");
        assertThat(open.secretText()).isNull();

        SearchDocument hidden = SearchDocument.of("TC-2026-00001", "Tố cáo", true, "Đặng Văn Tố", "001086999999",
                null, "Xóm Giữa");
        assertThat(hidden.words()).containsExactly("cao", "tc-2026-00001", "to");
        assertThat(hidden.secretWords()).containsExactly("001086999999", "dang", "giua", "to", "van", "xom");
        assertThat(hidden.secretText()).isEqualTo(" 001086999999 dang giua to van xom");
    }
}
