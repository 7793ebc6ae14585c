package vn.danvan.desk.listimport;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * How many shared strings a workbook has and the highest one its sheets refer to, read before the spreadsheet
 * reader runs: that reader, asked for shared string 2,000,000,000 of a table of ten, adds empty entries up to it
 * (gigabytes of them), so a reference past the table is refused first. Read with DTDs and external entities off, so
 * an entity expansion or an external entity fails here as a damaged file.
 */
final class SharedStringReferences {

    private final XMLInputFactory factory;
    private long strings;
    private long highest = -1;

    SharedStringReferences() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    }

    /** Whether the part named {@code name} is read here (the shared strings, a worksheet). */
    static boolean reads(String name) {
        return name.equals("xl/sharedStrings.xml") || name.startsWith("xl/worksheets/") && name.endsWith(".xml");
    }

    /** Reads one part; throws {@link XMLStreamException} on XML that is not well formed or a bad reference. */
    void read(String name, InputStream in) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
            if (name.equals("xl/sharedStrings.xml")) {
                countStrings(xml);
            } else {
                readReferences(xml);
            }
        } finally {
            xml.close();
        }
    }

    /** Whether every reference of the sheets names a string of the table. */
    boolean consistent() {
        return highest < strings;
    }

    private void countStrings(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                strings++;
            }
        }
    }

    private void readReferences(XMLStreamReader xml) throws XMLStreamException {
        boolean shared = false;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            if (element.equals("c")) {
                shared = "s".equals(xml.getAttributeValue(null, "t"));
            } else if (shared && element.equals("v")) {
                highest = Math.max(highest, index(xml.getElementText()));
            }
        }
    }

    private static long index(String text) throws XMLStreamException {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(Character::isDigit)) {
            throw new XMLStreamException("not a shared string index");
        }
        return Long.parseLong(digits);
    }
}
