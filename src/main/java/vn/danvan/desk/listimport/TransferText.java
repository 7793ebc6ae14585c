package vn.danvan.desk.listimport;

import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;

/**
 * The result cell of a transferred petition as the export writes it — "Chuyển đến <cơ quan>, văn bản số <số>" and
 * perhaps "; <kết quả>" — taken apart again into the receiving agency, the document number and the result. Only a
 * text that the export would write again exactly as it is is taken apart; any other text stays the result as typed.
 */
record TransferText(String agency, String docNo, String result) {

    private static final Messages VI = Messages.of(AppLanguage.VI);

    static TransferText parse(String text) {
        if (text == null) {
            return null;
        }
        String prefix = VI.get("report.result.transferred", "");
        String docPattern = VI.get("report.result.transferredDoc", "\u0000", "\u0001");
        String docSeparator = docPattern.substring(docPattern.indexOf('\u0000') + 1, docPattern.indexOf('\u0001'));
        if (!text.startsWith(prefix)) {
            return null;
        }
        String rest = text.substring(prefix.length());
        int semicolon = rest.indexOf("; ");
        String transfer = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String result = semicolon < 0 ? null : rest.substring(semicolon + 2);
        int doc = transfer.lastIndexOf(docSeparator);
        String agency = doc < 0 ? transfer : transfer.substring(0, doc);
        String docNo = doc < 0 ? null : transfer.substring(doc + docSeparator.length());
        if (agency.isBlank() || agency.length() > ListRowParser.AGENCY_MAX || docNo != null
                && (docNo.isBlank() || docNo.length() > ListRowParser.DOC_NO_MAX)
                || result != null && result.isBlank()) {
            return null;
        }
        TransferText parsed = new TransferText(agency, docNo, result);
        return parsed.text().equals(text) ? parsed : null;
    }

    /** The text as the export writes it (see the report's cells). */
    String text() {
        String transfer = docNo == null ? VI.get("report.result.transferred", agency)
                : VI.get("report.result.transferredDoc", agency, docNo);
        return result == null ? transfer : transfer + "; " + result;
    }
}
