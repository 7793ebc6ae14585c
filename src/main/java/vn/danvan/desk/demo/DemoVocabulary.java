package vn.danvan.desk.demo;

import java.util.List;
import java.util.Random;

/** Vietnamese names, places and petition texts from which demo records are composed. */
final class DemoVocabulary {

    static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Đào");
    static final List<String> MIDDLE_MEN = List.of("Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Thành", "Xuân");
    static final List<String> MIDDLE_WOMEN = List.of("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng", "Minh", "Bích");
    static final List<String> GIVEN_MEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh",
            "Long", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh");
    static final List<String> GIVEN_WOMEN = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương",
            "Lan", "Liên", "Linh", "Mai", "Nga", "Ngân", "Nhung", "Phương", "Thảo", "Trang", "Vân", "Yến");
    static final List<String> VILLAGES = List.of("Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Thượng",
            "Thôn Hạ", "Thôn Trung Hòa", "Thôn Yên Bình", "Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3",
            "Tổ dân phố Tân Tiến");
    static final List<String> UNITS = List.of("Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",
            "Công an xã", "Ủy ban MTTQ Việt Nam xã", "Thanh tra tỉnh", "Sở Tài nguyên và Môi trường");
    static final List<String> AGENCIES = List.of("Tòa án nhân dân khu vực", "Sở Tài nguyên và Môi trường",
            "Công an tỉnh", "Sở Lao động - Thương binh và Xã hội", "Thanh tra tỉnh");
    static final List<String> STREETS = List.of("Đường Lê Lợi", "Đường Trần Phú", "Ngõ 3", "Xóm Giữa", "Xóm Ao",
            "Đường Hùng Vương", "Khu Gốc Gạo", "Xóm Chùa");

    /** Summaries by field (in the seeded order of domain.md); {0} is a village, {1} a number. */
    static final List<List<String>> SUMMARIES = List.of(
            List.of("Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho thửa đất số {1} tại {0}",
                    "Tranh chấp ranh giới đất với hộ liền kề tại {0}",
                    "Phản ánh việc lấn chiếm đất công tại {0}"),
            List.of("Kiến nghị xem xét lại mức bồi thường khi thu hồi {1} m² đất nông nghiệp tại {0}",
                    "Đề nghị bố trí tái định cư cho hộ gia đình bị giải tỏa tại {0}"),
            List.of("Phản ánh công trình xây dựng không phép tại {0}",
                    "Đề nghị hỗ trợ sửa chữa nhà ở bị hư hỏng sau bão tại {0}"),
            List.of("Phản ánh cơ sở chăn nuôi gây ô nhiễm môi trường tại {0}",
                    "Kiến nghị thu gom rác thải sinh hoạt tại {0}"),
            List.of("Đề nghị giải quyết chế độ cho người có công với cách mạng ở {0}",
                    "Hỏi về chế độ trợ cấp cho thân nhân liệt sĩ"),
            List.of("Đề nghị xét hộ nghèo, cận nghèo năm {1} cho gia đình ở {0}",
                    "Kiến nghị hỗ trợ người cao tuổi neo đơn tại {0}"),
            List.of("Phản ánh thời gian giải quyết hồ sơ hộ tịch kéo dài",
                    "Hỏi thủ tục đăng ký thường trú cho con"),
            List.of("Kiến nghị sửa chữa đường giao thông liên thôn qua {0}",
                    "Đề nghị nạo vét kênh mương nội đồng tại {0}", "Đề nghị lắp đặt đèn chiếu sáng tại {0}"),
            List.of("Đề nghị hướng dẫn thủ tục hòa giải tranh chấp thừa kế",
                    "Hỏi về thủ tục chứng thực hợp đồng chuyển nhượng"),
            List.of("Phản ánh tình trạng mất trật tự về đêm tại {0}",
                    "Đề nghị xử lý tình trạng đua xe trái phép qua {0}"),
            List.of("Phản ánh thái độ làm việc của cán bộ tiếp nhận hồ sơ",
                    "Tố cáo cán bộ có dấu hiệu nhũng nhiễu khi giải quyết hồ sơ"),
            List.of("Kiến nghị về việc sửa chữa cơ sở thờ tự tại {0}"),
            List.of("Đề nghị hỗ trợ đồng bào dân tộc thiểu số tại {0} phát triển sản xuất"),
            List.of("Kiến nghị khác về đời sống dân sinh tại {0}"));

    static final List<String> RESULTS = List.of("Đã trả lời bằng văn bản cho công dân",
            "Đã tổ chức đối thoại và thống nhất phương án giải quyết", "Đã khắc phục xong theo kiến nghị",
            "Đã hướng dẫn công dân thực hiện thủ tục theo quy định", "Không có cơ sở để giải quyết; đã giải thích");

    private DemoVocabulary() {
    }

    static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    static String personName(Random random) {
        boolean man = random.nextBoolean();
        return pick(SURNAMES, random) + " " + pick(man ? MIDDLE_MEN : MIDDLE_WOMEN, random) + " "
                + pick(man ? GIVEN_MEN : GIVEN_WOMEN, random);
    }
}
