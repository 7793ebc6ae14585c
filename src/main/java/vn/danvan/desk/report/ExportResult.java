package vn.danvan.desk.report;

import java.nio.file.Path;

/** A list written to a file: where, how many rows, how many of them carried over. */
public record ExportResult(Path file, ExportFormat format, int rows, int carriedOver) {
}
