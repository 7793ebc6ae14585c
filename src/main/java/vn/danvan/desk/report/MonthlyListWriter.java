package vn.danvan.desk.report;

import java.io.IOException;
import java.io.OutputStream;
import vn.danvan.desk.common.ProgressMonitor;

/** Writes a monthly list in one format; reports the rows written and stops when cancelled. */
interface MonthlyListWriter {

    /** Rows between two progress reports and cancellation checks. */
    int STEP = 200;

    /** Writes {@code list} to {@code out}, which stays open. */
    void write(MonthlyList list, OutputStream out, ProgressMonitor monitor) throws IOException;
}
