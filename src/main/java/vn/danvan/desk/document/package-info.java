/**
 * Vietnamese administrative documents in PDF (Decree 30/2020/NĐ-CP on văn thư): the parts every document the office
 * sends shares, so that the monthly petition list, the dialogue minutes and the period reports look alike.
 *
 * <ul>
 *   <li>{@link vn.danvan.desk.document.DocumentFonts}: a serif family that renders every Vietnamese letter, embedded
 *       in the PDF (the system's Times New Roman when it has one that covers Vietnamese, else Liberation Serif,
 *       which has the same metrics);</li>
 *   <li>{@link vn.danvan.desk.document.AdministrativeDocument}: an A4 page (portrait or landscape, Decree 30
 *       margins) with page numbers, to which one adds in order the {@link vn.danvan.desk.document.Issuer issuer}
 *       and national motto block with the place-and-date line, the title, the body (tables, paragraphs) and the
 *       {@link vn.danvan.desk.document.Signer signer} block with the recipients;</li>
 *   <li>{@link vn.danvan.desk.document.PlaceDate}: the "Tân Lập, ngày 05 tháng 11 năm 2026" line and the place
 *       name derived from the office's name.</li>
 * </ul>
 *
 * This package knows PDF and Vietnamese document conventions, never the app's features or database: callers pass
 * plain texts (already in Vietnamese) and OpenPDF elements for the body.
 */
package vn.danvan.desk.document;
