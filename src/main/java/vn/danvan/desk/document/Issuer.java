package vn.danvan.desk.document;

import java.util.Objects;

/**
 * The issuing body as printed top left (Decree 30, "tên cơ quan, tổ chức ban hành văn bản"): the governing body on
 * the first line when there is one (regular capitals), the office itself below it (bold capitals), underlined by a
 * short centred rule. Texts are given as the office writes them; the document sets them in capitals.
 *
 * @param governingBody the body the office belongs to, e.g. "Đảng ủy xã Tân Lập" above "Ban Dân vận"; may be null
 * @param name          the issuing office, e.g. "UBND xã Tân Lập"
 */
public record Issuer(String governingBody, String name) {

    public Issuer {
        Objects.requireNonNull(name, "name");
        governingBody = governingBody == null || governingBody.isBlank() ? null : governingBody.strip();
        name = name.strip();
    }

    /** An office with no governing body printed above it. */
    public static Issuer of(String name) {
        return new Issuer(null, name);
    }
}
