package vn.danvan.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danvan.desk.common.ui.DialogService;

/** A dialog service for view-model tests: records what would be shown and answers as told. */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answer = true;
    public Optional<String> newPassword = Optional.empty();
    public Optional<String> text = Optional.empty();

    @Override
    public void showInfo(String message) {
        infos.add(message);
    }

    @Override
    public void showError(String message, Throwable error) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String message) {
        confirmations.add(message);
        return answer;
    }

    @Override
    public Optional<String> askNewPassword(String message) {
        return newPassword;
    }

    @Override
    public Optional<String> askText(String message) {
        confirmations.add(message);
        return text;
    }
}
