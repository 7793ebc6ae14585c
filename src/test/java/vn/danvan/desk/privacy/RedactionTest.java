package vn.danvan.desk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static HeldCitizen citizen(String name, String idNumber, String phone, String address) {
        return new HeldCitizen(UUID.randomUUID(), name, "CCCD", idNumber, null, null, phone, null, address, null, null,
                false, null, null);
    }

    @Test
    void theNameNumbersAndAddressAreReplacedAsWholeWordsWhateverTheirCaseOrSpacing() {
        Redaction redaction = new Redaction(citizen("Quách Thị Xuyến", "079187001234", "0387654321", "Xóm Bãi Sậy"),
                "(ẩn)");
        assertThat(redaction.apply("Bà QUÁCH THỊ XUYẾN, CCCD 0791 8700 1234, ĐT 0387.654.321, ở xóm bãi sậy"))
                .isEqualTo("Bà (ẩn), CCCD (ẩn), ĐT (ẩn), ở (ẩn)");
        String untouched = "Đề nghị sửa đường 10791870012345";
        assertThat(redaction.apply(untouched)).isSameAs(untouched);
    }

    @Test
    void aShortOneWordNameDoesNotChangeLongerWords() {
        Redaction redaction = new Redaction(citizen("Hoa", null, null, null), "(ẩn)");
        assertThat(redaction.apply("Hoa hỏi về khoa học")).isEqualTo("(ẩn) hỏi về khoa học");
    }
}
