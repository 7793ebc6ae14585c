package vn.danvan.desk.listimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;

/**
 * Reads the rows of a list file one by one, never the whole file at once: a workbook (XLSX, recognised by its
 * content, whatever the file's name) or else a CSV text. An old binary Excel file (.xls) is refused with a hint.
 */
interface ListFileReader {

    /** Streams the rows to {@code sink} until the file ends or the sink says stop; reports progress. */
    void read(Path file, RowSink sink, ProgressMonitor monitor);

    /** Whether rows are numbered as a spreadsheet numbers them (else as lines of a text file). */
    boolean spreadsheet();

    static ListFileReader of(Path file) {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UserException("listimport.error.unreadable", file.getFileName());
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new XlsxListReader();
        }
        if (read == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new UserException("listimport.error.oldExcel", file.getFileName());
        }
        return new CsvListReader();
    }
}
