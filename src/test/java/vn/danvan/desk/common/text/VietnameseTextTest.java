package vn.danvan.desk.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
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

    /** Characters a key is made of, in both Unicode forms, with the tricky ones of other scripts and white space. */
    static final String MIX = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợ"
            + "úùủũụứừửữựýỳỷỹỵÁÀẢÃẠỐỒỔỖỘỨỪỬỮỰ0123456789 \t\n\r\u000B\f\u00A0\u2003\u3000\u001C\u0085"
            + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B.,;:-/()«»\"'=+@#%&*ΣσςΑΒİıßẞǅǆﬁ½²\uD83D\uDE00"
            + "ÆæØøÅåÇçÑñÜüŒœŁł";

    @Test
    void theQuickFoldGivesTheKeyOfTheDefinitionForEveryCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "x" + (char) c + "Y";
            assertThat(VietnameseText.searchKey(text)).as("U+%04X", c).isEqualTo(VietnameseText.slowSearchKey(text));
            String alone = String.valueOf((char) c);
            assertThat(VietnameseText.searchKey(alone)).as("U+%04X", c).isEqualTo(VietnameseText.slowSearchKey(alone));
        }
    }

    @Test
    void theQuickFoldGivesTheKeyOfTheDefinitionForMixedText() {
        Random random = new Random(20261126);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(MIX.charAt(random.nextInt(MIX.length())));
            }
            String mixed = random.nextBoolean() ? text.toString()
                    : Normalizer.normalize(text, random.nextBoolean() ? Normalizer.Form.NFD : Normalizer.Form.NFC);
            assertThat(VietnameseText.searchKey(mixed)).as("«%s»", mixed)
                    .isEqualTo(VietnameseText.slowSearchKey(mixed));
        }
    }
}
