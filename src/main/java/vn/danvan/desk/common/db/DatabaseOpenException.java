package vn.danvan.desk.common.db;

/** The database could not be opened; {@link #reason()} says why in a way the UI and the CLI can explain. */
public final class DatabaseOpenException extends Exception {

    public enum Reason {
        /** Another instance of the app (or another process) holds the database file. */
        IN_USE,
        /** The data folder cannot be created or written. */
        NOT_WRITABLE,
        /** The database was written by a newer version of the app. */
        NEWER_SCHEMA,
        /** The file is encrypted with another key (or is not encrypted where a key was expected). */
        WRONG_KEY,
        /** The file opens with its key but its content is damaged (a restore from a backup may help). */
        DAMAGED,
        /** Anything else: failed migration, unexpected error. */
        FAILED
    }

    private final Reason reason;

    public DatabaseOpenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The bundle key of the message shown to the user. */
    public String messageKey() {
        return switch (reason) {
            case IN_USE -> "error.db.inUse";
            case NOT_WRITABLE -> "error.db.notWritable";
            case NEWER_SCHEMA -> "error.db.newerSchema";
            case WRONG_KEY -> "error.db.wrongKey";
            case DAMAGED -> "error.db.damaged";
            case FAILED -> "error.db.failed";
        };
    }
}
