package vn.danvan.desk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlaceDateTest {

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(PlaceDate.line("Tân Lập", LocalDate.of(2026, 11, 5))).isEqualTo("Tân Lập, ngày 05 tháng 11 năm 2026");
        assertThat(PlaceDate.line("Tân Lập", LocalDate.of(2026, 2, 14))).isEqualTo("Tân Lập, ngày 14 tháng 02 năm 2026");
        assertThat(PlaceDate.line("Tân Lập", LocalDate.of(2026, 3, 1))).isEqualTo("Tân Lập, ngày 01 tháng 3 năm 2026");
        assertThat(PlaceDate.line(null, LocalDate.of(2026, 12, 31))).isEqualTo("Ngày 31 tháng 12 năm 2026");
    }

    @Test
    void thePlaceIsTheOfficesNameWithoutItsKindAndLevel() {
        assertThat(PlaceDate.placeOf("UBND xã Tân Lập", "Phú Thọ")).isEqualTo("Tân Lập");
        assertThat(PlaceDate.placeOf("Ủy ban nhân dân phường Ba Đình", null)).isEqualTo("Ba Đình");
        assertThat(PlaceDate.placeOf("Ban Dân vận Đảng ủy xã Xuân Hòa", null)).isEqualTo("Xuân Hòa");
        assertThat(PlaceDate.placeOf("Đặc khu Phú Quốc", null)).isEqualTo("Phú Quốc");
        assertThat(PlaceDate.placeOf("Xã Xuân Trường", null)).isEqualTo("Xuân Trường"); // "Xuân" is not "xã"
        assertThat(PlaceDate.placeOf("UBND xã", "Phú Thọ")).isEqualTo("Phú Thọ");
    }
}
