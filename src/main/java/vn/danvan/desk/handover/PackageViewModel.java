package vn.danvan.desk.handover;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/**
 * The hand-over package section of Settings (administrators only). Export: a period, the passphrase typed twice
 * (its strength shown as it is typed), then a file. Import: a file, whose signature is checked in the background and
 * whose office, period, counts and key fingerprint are shown; then the passphrase and a confirmation.
 */
public final class PackageViewModel {

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseAgain = new SimpleStringProperty("");
    private final StringProperty importPassphrase = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper strength = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exportReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);

    private final PackageService packages;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final boolean admin;
    private final Supplier<Actor> actor;
    private Path chosen;
    private Runnable cancel = () -> { };

    public PackageViewModel(PackageService packages, TaskRunner runner, Supplier<Messages> messages, boolean admin,
                            Supplier<Actor> actor, LocalDate today) {
        this.packages = packages;
        this.runner = runner;
        this.messages = messages;
        this.admin = admin;
        this.actor = actor;
        LocalDate lastMonth = today.minusMonths(1);
        from.set(lastMonth.withDayOfMonth(1));
        to.set(lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()));
        passphrase.addListener((o, was, now) -> checkPassphrase());
        passphraseAgain.addListener((o, was, now) -> checkPassphrase());
        from.addListener((o, was, now) -> checkPassphrase());
        to.addListener((o, was, now) -> checkPassphrase());
        checkPassphrase();
    }

    private void checkPassphrase() {
        String typed = passphrase.get();
        Optional<vn.danvan.desk.common.Problem> problem = PassphraseRules.check(typed.toCharArray());
        if (typed.isEmpty()) {
            strength.set("");
        } else if (problem.isPresent()) {
            strength.set(text(problem.get().messageKey(), problem.get().arguments()));
        } else if (!typed.equals(passphraseAgain.get())) {
            strength.set(text("package.passphrase.mismatch"));
        } else {
            strength.set(text(typed.length() >= 20 ? "package.passphrase.strong" : "package.passphrase.good"));
        }
        exportReady.set(admin && problem.isEmpty() && typed.equals(passphraseAgain.get()) && from.get() != null
                && to.get() != null && !to.get().isBefore(from.get()));
    }

    /** Writes the package of the period to the file the officer chose. */
    public void exportTo(Path file) {
        if (!exportReady.get() || busy.get()) {
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        LocalDate first = from.get();
        LocalDate last = to.get();
        start("package.progress.export");
        cancel = runner.runWithProgress(monitor -> {
            try {
                return packages.export(first, last, secret, file, actor.get(), monitor);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, progress::set, done -> {
            busy.set(false);
            passphrase.set("");
            passphraseAgain.set("");
            status.set(text("package.exported", done.file(), done.counts().petitions(), done.counts().sessions(),
                    done.fingerprint()));
        }, this::failed);
    }

    /** Checks the chosen package's signature and shows what it holds; the import waits for {@link #confirmImport}. */
    public void open(Path file) {
        if (!admin || busy.get()) {
            return;
        }
        start("package.progress.check");
        runner.run(() -> packages.preview(file, Optional.empty()), shown -> {
            busy.set(false);
            status.set("");
            chosen = file;
            preview.set(text(shown.firstTime() ? "package.preview.firstTime" : "package.preview.known",
                    shown.officeName(), shown.from().toString(), shown.to().toString(), shown.counts().petitions(),
                    shown.counts().citizens(), shown.counts().sessions(), shown.counts().opinions(),
                    shown.fingerprint()));
            previewShown.set(true);
        }, this::failed);
    }

    /** Imports the package shown, with the passphrase typed; all or nothing. */
    public void confirmImport() {
        if (chosen == null || busy.get()) {
            return;
        }
        char[] secret = importPassphrase.get().toCharArray();
        Path file = chosen;
        start("package.progress.import");
        cancel = runner.runWithProgress(monitor -> {
            try {
                return packages.importPackage(file, secret, Optional.empty(), actor.get(), monitor);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, progress::set, done -> {
            busy.set(false);
            discardPreview();
            status.set(text("package.imported", done.preview().officeName(), done.inserted(), done.updated(),
                    done.unchanged()));
        }, this::failed);
    }

    public void discardPreview() {
        chosen = null;
        importPassphrase.set("");
        preview.set("");
        previewShown.set(false);
    }

    public void cancel() {
        cancel.run();
    }

    private void start(String key) {
        busy.set(true);
        progress.set(-1);
        status.set(text(key));
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(error instanceof CancellationException ? text("package.cancelled")
                : Failures.describe(error, messages.get()));
    }

    private String text(String key, Object... arguments) {
        return messages.get().get(key, arguments);
    }

    public boolean editable() {
        return admin;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseAgainProperty() {
        return passphraseAgain;
    }

    public StringProperty importPassphraseProperty() {
        return importPassphrase;
    }

    public ReadOnlyStringProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportReadyProperty() {
        return exportReady.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewShownProperty() {
        return previewShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
