package vn.danvan.desk.listimport;

/** Receives the rows of a file as they are read; returns {@code false} to stop reading (the totals line). */
@FunctionalInterface
interface RowSink {

    boolean accept(SourceRow row);
}
