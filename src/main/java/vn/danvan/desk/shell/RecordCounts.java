package vn.danvan.desk.shell;

/** The record counts shown in the status bar. */
public record RecordCounts(int villages, int citizens, int petitions, int dialogues) {
}
