package vn.danvan.desk.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.security.Actor;

/**
 * The backup section of Settings (administrators only): the automatic backups' settings, "back up now" to a chosen
 * file and "restore from a backup", both in the background with progress. A restore is checked completely first;
 * the view then asks for confirmation, and the window closes the database, restores and asks for a login.
 */
public final class BackupViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** A checked backup and the confirmation to ask before it replaces the data. */
    public record Checked(RestoreService.Prepared prepared, String confirmation) {
    }

    private final StringProperty keepDaily = new SimpleStringProperty("");
    private final StringProperty keepMonthly = new SimpleStringProperty("");
    private final StringProperty secondFolder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);

    private final BackupService backups;
    private final AutomaticBackups automatic;
    private final BackupSettings settings;
    private final RestoreService restorer;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final boolean admin;
    private final Supplier<Actor> actor;
    private final Consumer<RestoreService.Prepared> restore;
    private Runnable cancel = () -> { };

    public BackupViewModel(BackupService backups, AutomaticBackups automatic, BackupSettings settings,
                           RestoreService restorer, TaskRunner runner, Supplier<Messages> messages, boolean admin,
                           Supplier<Actor> actor, Consumer<RestoreService.Prepared> restore) {
        this.backups = backups;
        this.automatic = automatic;
        this.settings = settings;
        this.restorer = restorer;
        this.runner = runner;
        this.messages = messages;
        this.admin = admin;
        this.actor = actor;
        this.restore = restore;
    }

    private record Loaded(int daily, int monthly, Optional<Path> second, Optional<LocalDateTime> newest,
                          Optional<Path> missing) {
    }

    public void load() {
        runner.run(() -> new Loaded(settings.keepDaily(), settings.keepMonthly(), settings.secondFolder(),
                automatic.newest(), automatic.secondFolderMissing()), loaded -> {
                    keepDaily.set(String.valueOf(loaded.daily()));
                    keepMonthly.set(String.valueOf(loaded.monthly()));
                    secondFolder.set(loaded.second().map(Path::toString).orElse(""));
                    lastBackup.set(loaded.newest().map(t -> text("backup.last", WHEN.format(t)))
                            .orElseGet(() -> text("backup.last.none")));
                    warning.set(loaded.missing().map(f -> text("backup.secondFolder.missing", f)).orElse(""));
                });
    }

    public void saveSettings() {
        if (!admin || busy.get()) {
            return;
        }
        int daily;
        int monthly;
        try {
            daily = Integer.parseInt(keepDaily.get().strip());
            monthly = Integer.parseInt(keepMonthly.get().strip());
        } catch (NumberFormatException e) {
            status.set(text("backup.settings.error.range", BackupSettings.MAX_KEPT));
            return;
        }
        String folder = secondFolder.get().strip();
        busy.set(true);
        runner.run(() -> {
            settings.save(daily, monthly, folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder)));
            return true;
        }, saved -> {
            busy.set(false);
            status.set(text("backup.settings.saved"));
            load();
        }, this::failed);
    }

    /** "Back up now" to the file the officer chose. */
    public void backupTo(Path file) {
        if (!admin || busy.get()) {
            return;
        }
        start("backup.progress.backup");
        cancel = runner.runWithProgress(monitor -> backups.backup(file, actor.get(), monitor), progress::set,
                result -> {
                    busy.set(false);
                    status.set(text("backup.done", result.file(), result.manifest().counts().petitions(),
                            String.format(Locale.ROOT, "%.1f", result.bytes() / 1_048_576.0)));
                }, this::failed);
    }

    /** Opens and checks the chosen backup with this office's key; {@code ask} then asks for confirmation. */
    public void check(Path file, Consumer<Checked> ask) {
        if (!admin || busy.get()) {
            return;
        }
        start("backup.progress.check");
        cancel = runner.runWithProgress(monitor -> {
            RestoreService.Prepared prepared = restorer.prepare(file,
                    new BackupUnlock.WithKey(backups.dataKey()), monitor);
            return new Checked(prepared, confirmation(prepared, backups.counts().petitions()));
        }, progress::set, checked -> {
            busy.set(false);
            status.set("");
            ask.accept(checked);
        }, this::failed);
    }

    /** The officer confirmed: the window closes the database and restores. */
    public void restore(Checked checked) {
        restore.accept(checked.prepared());
    }

    /** The officer changed their mind: the checked copy is removed. */
    public void discard(Checked checked) {
        runner.run(() -> {
            restorer.discard(checked.prepared());
            return true;
        }, done -> { });
    }

    public void cancel() {
        cancel.run();
    }

    private String confirmation(RestoreService.Prepared prepared, long currentPetitions) {
        BackupCounts counts = prepared.manifest().counts();
        return text("backup.restore.confirm", WHEN.format(Instant.parse(prepared.manifest().createdAt())
                        .atZone(OfficeClock.ZONE)), counts.petitions(), counts.citizens(), counts.dialogueSessions(),
                counts.attachments(), currentPetitions);
    }

    private void start(String key) {
        busy.set(true);
        progress.set(0);
        status.set(text(key));
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(error instanceof CancellationException ? text("backup.cancelled")
                : Failures.describe(error, messages.get()));
    }

    private String text(String key, Object... arguments) {
        return messages.get().get(key, arguments);
    }

    public boolean editable() {
        return admin;
    }

    public StringProperty keepDailyProperty() {
        return keepDaily;
    }

    public StringProperty keepMonthlyProperty() {
        return keepMonthly;
    }

    public StringProperty secondFolderProperty() {
        return secondFolder;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
