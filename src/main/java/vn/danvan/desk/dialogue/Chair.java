package vn.danvan.desk.dialogue;

/** Who chaired the session: a name and a title (Bí thư Đảng ủy, Chủ tịch UBND xã...). */
public record Chair(String name, String title) {
}
