package vn.danvan.desk.common.ui;

import java.util.Optional;

/**
 * Talks to the user in dialogs. View models use this interface (no scene-graph types), the window supplies
 * {@link FxDialogService}; texts are already translated.
 */
public interface DialogService {

    void showInfo(String message);

    /** A refusal or failure in plain language; {@code error} (may be null) goes to the log only. */
    void showError(String message, Throwable error);

    /** Asks yes/no; true when the user confirmed. */
    boolean confirm(String message);

    /** Asks for a secret (a new password) twice; empty when cancelled. */
    Optional<String> askNewPassword(String message);

    /** Asks for a required text (a reason); empty when cancelled. OK stays disabled while the text is blank. */
    Optional<String> askText(String message);
}
