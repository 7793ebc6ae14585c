package vn.danvan.desk.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void searchKeyFoldsAccentsCaseAndDStroke() {
        assertThat(VietnameseText.searchKey("Nguyễn Văn A")).isEqualTo("nguyen van a");
        assertThat(VietnameseText.searchKey("ĐẤT ĐAI")).isEqualTo("dat dai");
        assertThat(VietnameseText.searchKey("  Thôn   Đông ")).isEqualTo("thon dong");
    }

    @Test
    void decomposedInputGivesTheSameKeyAsComposed() {
        String composed = "Bồi thường, giải phóng mặt bằng";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.searchKey(decomposed)).isEqualTo(VietnameseText.searchKey(composed));
    }

    @Test
    void cleanComposesToNfcAndCollapsesSpaces() {
        String decomposed = Normalizer.normalize("Tổ  dân phố\t3", Normalizer.Form.NFD);
        String cleaned = VietnameseText.clean(decomposed);
        assertThat(cleaned).isEqualTo("Tổ dân phố 3");
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
        assertThat(VietnameseText.cleanOrNull("   ")).isNull();
        assertThat(VietnameseText.clean(null)).isNull();
    }
}
