package vn.danvan.desk.document;

/** The national name and motto heading every administrative document (Decree 30, "quốc hiệu và tiêu ngữ"). */
public final class NationalMotto {

    /** Quốc hiệu, in bold capitals. */
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** Tiêu ngữ, in bold, underlined by a rule as long as the line. */
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private NationalMotto() {
    }
}
