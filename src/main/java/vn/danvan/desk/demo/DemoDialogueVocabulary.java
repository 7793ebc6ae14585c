package vn.danvan.desk.demo;

import java.util.List;

/** Titles, places, bodies and answers from which demo dialogue sessions are composed. */
final class DemoDialogueVocabulary {

    static final String PARTY_SECRETARY = "Bí thư Đảng ủy xã";
    static final String CHAIRMAN = "Chủ tịch UBND xã";
    static final String VICE_CHAIRMAN = "Phó Chủ tịch UBND xã";
    static final String FRONT_CHAIRMAN = "Chủ tịch Ủy ban MTTQ Việt Nam xã";
    static final String COUNCIL_DELEGATE = "Đại biểu HĐND xã";

    static final String HALL = "Hội trường UBND xã";
    static final String RECEPTION_ROOM = "Trụ sở tiếp công dân xã";
    static final String MEETING_ROOM = "Phòng họp UBND xã";
    static final String CULTURAL_HOUSE = "Nhà văn hóa ";

    static final String BODIES_CONFERENCE = "Ủy ban MTTQ Việt Nam xã, Hội Nông dân, Hội Liên hiệp Phụ nữ, "
            + "Đoàn Thanh niên, Hội Cựu chiến binh, Ban Thanh tra nhân dân";
    static final String BODIES_VILLAGE = "Ủy ban MTTQ Việt Nam xã, Ban công tác Mặt trận thôn, Chi hội Nông dân";
    static final String BODIES_VOTERS = "Thường trực HĐND xã, Ủy ban MTTQ Việt Nam xã";
    static final String BODIES_COMPLAINT = "Thanh tra, Phòng Kinh tế, Ủy ban MTTQ Việt Nam xã";

    static final String TOPICS_CONFERENCE = "Đất đai, môi trường, an sinh xã hội, hạ tầng giao thông";
    static final String TOPICS_VOTERS = "Kết quả kỳ họp HĐND; kiến nghị của cử tri";
    static final String TOPICS_COMPLAINT = "Giải quyết khiếu nại về bồi thường, hỗ trợ khi thu hồi đất";
    static final String CONCLUSIONS = "Giao các đơn vị liên quan xem xét, trả lời các ý kiến, kiến nghị của "
            + "công dân trong thời hạn quy định; báo cáo kết quả về Văn phòng HĐND và UBND xã.";

    static final List<String> ANSWERS = List.of(
            "Đã giải thích quy định hiện hành; công dân đồng ý.",
            "Hướng dẫn công dân nộp hồ sơ tại bộ phận một cửa của xã.",
            "Ý kiến đã được giải quyết dứt điểm; kết quả niêm yết tại nhà văn hóa thôn.",
            "Tiếp thu, đưa vào kế hoạch đầu tư công năm sau.",
            "Đã trao đổi với cơ quan chuyên môn; chế độ được chi trả từ tháng tới.",
            "Giải thích thẩm quyền thuộc cấp tỉnh và hướng dẫn công dân gửi đơn đúng nơi.");

    private DemoDialogueVocabulary() {
    }
}
