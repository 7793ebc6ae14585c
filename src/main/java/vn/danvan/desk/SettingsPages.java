package vn.danvan.desk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.danvan.desk.backup.BackupView;
import vn.danvan.desk.backup.BackupViewModel;
import vn.danvan.desk.backup.RestoreService;
import vn.danvan.desk.calendar.WorkingCalendarView;
import vn.danvan.desk.calendar.WorkingCalendarViewModel;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.dialogue.ObligationSettingsView;
import vn.danvan.desk.dialogue.ObligationSettingsViewModel;
import vn.danvan.desk.handover.PackageView;
import vn.danvan.desk.handover.PackageViewModel;
import vn.danvan.desk.petition.deadline.DeadlineRulesView;
import vn.danvan.desk.petition.deadline.DeadlineRulesViewModel;
import vn.danvan.desk.privacy.PersonalDataView;
import vn.danvan.desk.privacy.PersonalDataViewModel;
import vn.danvan.desk.report.summary.PeriodBoundarySettingsView;
import vn.danvan.desk.report.summary.PeriodBoundarySettingsViewModel;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.UserSession;
import vn.danvan.desk.settings.SettingsView;
import vn.danvan.desk.settings.SettingsViewModel;

/**
 * The controllers of the Settings page (Cài đặt) of one signed-in session: the office and language, backups,
 * data packages, the working calendar, the report period rule, personal data, deadline rules and dialogue
 * obligations. Each is built when its tab is first loaded.
 */
final class SettingsPages {

    private final AppServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final UserSession session;
    private final Supplier<Actor> actor;
    private final ZoneId zone;

    SettingsPages(AppServices services, TaskRunner runner, DialogService dialogs, Supplier<Messages> messages,
                  UserSession session, Supplier<Actor> actor, ZoneId zone) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.session = session;
        this.actor = actor;
        this.zone = zone;
    }

    /**
     * The tabs' controllers by view class. {@code restorer} and {@code restoreAndLogIn} restore a backup (the window
     * closes the database and asks for a login); {@code languageChanged} rebuilds the window in another language.
     */
    Map<Class<?>, Supplier<Object>> controllers(Supplier<RestoreService> restorer,
                                                Consumer<RestoreService.Prepared> restoreAndLogIn,
                                                Consumer<AppLanguage> languageChanged) {
        return Map.of(
                SettingsView.class, () -> new SettingsView(new SettingsViewModel(services.offices(),
                        services.preferences(), services.database().directory(), services.database().file(),
                        services.database().schemaVersion(), runner, messages, session, languageChanged)),
                BackupView.class, () -> new BackupView(new BackupViewModel(services.backups(),
                        services.automaticBackups(), services.backupSettings(), restorer.get(), runner, messages,
                        session.isAdmin(), actor, restoreAndLogIn)),
                PackageView.class, () -> new PackageView(new PackageViewModel(services.packages(), runner,
                        messages, session.isAdmin(), actor, LocalDate.now(zone))),
                WorkingCalendarView.class, () -> new WorkingCalendarView(new WorkingCalendarViewModel(
                        services.calendar(), runner, dialogs, messages, session, LocalDate.now(zone).getYear())),
                PeriodBoundarySettingsView.class, () -> new PeriodBoundarySettingsView(
                        new PeriodBoundarySettingsViewModel(services.periodSummary(), runner, messages, actor)),
                PersonalDataView.class, () -> new PersonalDataView(new PersonalDataViewModel(
                        services.personalData(), services.retention(), runner, messages, actor)),
                DeadlineRulesView.class, () -> new DeadlineRulesView(new DeadlineRulesViewModel(
                        services.deadlineRules(), runner, messages, session.isAdmin())),
                ObligationSettingsView.class, () -> new ObligationSettingsView(
                        new ObligationSettingsViewModel(services.obligations(), runner, messages,
                                session.isAdmin())));
    }
}
