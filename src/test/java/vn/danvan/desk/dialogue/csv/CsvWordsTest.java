package vn.danvan.desk.dialogue.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvWordsTest {

    @Test
    void labelsMatchWhateverTheAccentsCaseAndSeparators() {
        assertThat(CsvWords.key("Người phát biểu")).isEqualTo("nguoi phat bieu");
        assertThat(CsvWords.key("  NGUOI-PHAT_BIEU ")).isEqualTo("nguoi phat bieu");
        assertThat(CsvWords.key("«Đã giải quyết»")).isEqualTo("da giai quyet");
        assertThat(CsvWords.key("")).isEmpty();
    }

    @Test
    void theLoopGivesTheKeyOfThePattern() {
        String mix = "aăâdđeêoôơuưAĐƯáạấẫệộờựÁỰ09 \t-_/.,()«»ß½Σ\u00A0\u2003\u0301\u0323";
        Random random = new Random(26);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(10);
            for (int j = 0; j < length; j++) {
                text.append(mix.charAt(random.nextInt(mix.length())));
            }
            assertThat(CsvWords.key(text.toString())).as("«%s»", text).isEqualTo(CsvWords.keyByPattern(text.toString()));
        }
    }
}
