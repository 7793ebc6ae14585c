package vn.danvan.desk;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.backup.RestoreService;
import vn.danvan.desk.catalog.CatalogsView;
import vn.danvan.desk.catalog.field.FieldsView;
import vn.danvan.desk.catalog.field.FieldsViewModel;
import vn.danvan.desk.catalog.officer.OfficersView;
import vn.danvan.desk.catalog.officer.OfficersViewModel;
import vn.danvan.desk.catalog.unit.HandlingUnitsView;
import vn.danvan.desk.catalog.unit.HandlingUnitsViewModel;
import vn.danvan.desk.catalog.village.VillagesView;
import vn.danvan.desk.catalog.village.VillagesViewModel;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.FxDialogService;
import vn.danvan.desk.common.ui.FxTaskRunner;
import vn.danvan.desk.common.ui.ViewLoader;
import vn.danvan.desk.listimport.ListImportWindow;
import vn.danvan.desk.common.ui.ControlWarmUp;
import vn.danvan.desk.dashboard.DashboardService;
import vn.danvan.desk.dashboard.DashboardView;
import vn.danvan.desk.dashboard.DashboardViewModel;
import vn.danvan.desk.petition.PetitionDetailView;
import vn.danvan.desk.petition.PetitionListRequest;
import vn.danvan.desk.petition.PetitionDetailViewModel;
import vn.danvan.desk.petition.PetitionListViewModel;
import vn.danvan.desk.petition.PetitionWindows;
import vn.danvan.desk.petition.PetitionsView;
import vn.danvan.desk.dialogue.DialogueListViewModel;
import vn.danvan.desk.dialogue.DialogueWindows;
import vn.danvan.desk.dialogue.DialoguesView;
import vn.danvan.desk.common.ui.ChildWindows;
import vn.danvan.desk.report.MonthlyListView;
import vn.danvan.desk.report.ReportsView;
import vn.danvan.desk.audit.AuditLogView;
import vn.danvan.desk.audit.AuditLogViewModel;
import vn.danvan.desk.report.summary.PeriodSummaryView;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.LoginView;
import vn.danvan.desk.security.LoginViewModel;
import vn.danvan.desk.security.UserSession;
import vn.danvan.desk.security.RecoveryKeyDialog;
import vn.danvan.desk.settings.LocalPreferences;
import vn.danvan.desk.settings.SettingsView;
import vn.danvan.desk.setup.SetupView;
import vn.danvan.desk.setup.SetupViewModel;
import vn.danvan.desk.shell.MainWindowView;
import vn.danvan.desk.shell.MainWindowViewModel;
import vn.danvan.desk.shell.Page;

/**
 * The one window and what it shows: set-up on the first start, then login, then the main window. Creates every
 * view's controller and view model (the UI half of the composition root) and rebuilds the window when the
 * language changes.
 */
public final class AppWindow {

    private static final Logger LOG = LoggerFactory.getLogger(AppWindow.class);
    public static final String STYLESHEET = "/vn/danvan/desk/common/ui/app.css";
    /** Lets the login screen draw its busy line before the controls are prepared on the same thread. */
    private static final int WARM_UP_DELAY_MILLIS = 150;
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Stage stage;
    private final StartGate gate;
    private final boolean ownsServices;
    private final Path folder;
    /** Open once an officer has logged in (or set up the office). */
    private AppServices services;
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>();
    private final UserSession session = new UserSession();
    private final FxDialogService dialogs;
    private final FxTaskRunner runner;
    private final ViewLoader views;
    private final Map<Class<?>, Supplier<Object>> controllers;
    private MainWindowViewModel shell;
    private SetupViewModel<Startup.SignedIn> setup;
    private ReportPages reportPages;
    /** The Settings page's tabs of the signed-in session (none before a login). */
    private Map<Class<?>, Supplier<Object>> settingsControllers = Map.of();
    private PetitionWindows petitionWindows;
    private PetitionListViewModel petitionList;
    private PetitionDetailViewModel petitionDetail;
    private DashboardView dashboard;
    private final ControlWarmUp warmUp = new ControlWarmUp(STYLESHEET);
    /** The dashboard read with the login, while the main window that shows it first is built. */
    private Optional<DashboardService.Page> firstDashboard = Optional.empty();
    private PetitionListRequest pendingListRequest;
    private final Consumer<Path> openFolder;
    private final WindowClosing closing;

    /** The window of the app: set-up or login through {@code startup}, which opens the services. */
    public AppWindow(Stage stage, Startup startup, Consumer<Path> openFolder) {
        this(stage, startup, null, startup.folder(), openFolder);
    }

    /** For tests: a window over services that are already open (login checks the password only). */
    AppWindow(Stage stage, AppServices openServices, Consumer<Path> openFolder) {
        this(stage, null, openServices, openServices.database().directory(), openFolder);
    }

    private AppWindow(Stage stage, Startup startup, AppServices openServices, Path folder,
                      Consumer<Path> openFolder) {
        this.stage = stage;
        this.services = openServices;
        this.ownsServices = openServices == null;
        this.folder = folder;
        this.openFolder = openFolder;
        this.messages.set(Messages.of(new LocalPreferences(folder).language()));
        this.gate = new StartGate(startup, () -> services, folder, OFFICE_ZONE, messages::get);
        this.dialogs = new FxDialogService(messages::get, () -> stage);
        this.runner = new FxTaskRunner(dialogs::showFailure);
        this.closing = new WindowClosing(stage, runner, messages::get, this::actor);
        this.views = new ViewLoader(this::createController, messages::get);
        this.controllers = Map.ofEntries(
                Map.entry(SetupView.class, () -> new SetupView(setupModel())),
                Map.entry(LoginView.class, this::loginView),
                Map.entry(MainWindowView.class, () -> new MainWindowView(shell, pageLoaders())),
                Map.entry(CatalogsView.class, () -> new CatalogsView(session)),
                Map.entry(VillagesView.class, () -> new VillagesView(new VillagesViewModel(services.villages(), runner,
                        dialogs, messages::get, this::dataChanged))),
                Map.entry(FieldsView.class, () -> new FieldsView(new FieldsViewModel(services.fields(), runner, dialogs,
                        messages::get, session, this::dataChanged))),
                Map.entry(HandlingUnitsView.class, () -> new HandlingUnitsView(new HandlingUnitsViewModel(services.units(),
                        runner, dialogs, messages::get, session, this::dataChanged))),
                Map.entry(OfficersView.class, () -> new OfficersView(new OfficersViewModel(services.officers(), runner, dialogs,
                        messages::get, session))),
                Map.entry(DashboardView.class, this::dashboardView),
                Map.entry(PetitionsView.class, this::petitionsView),
                Map.entry(DialoguesView.class, this::dialoguesView),
                Map.entry(MonthlyListView.class, () -> reportPages.monthlyList()),
                Map.entry(AuditLogView.class, () -> new AuditLogView(new AuditLogViewModel(services.auditLog(), runner,
                        messages::get, session.isAdmin()))),
                Map.entry(ReportsView.class, () -> reportPages.tabs()),
                Map.entry(PeriodSummaryView.class, () -> reportPages.periodSummary()),
                Map.entry(PetitionDetailView.class, () -> new PetitionDetailView(petitionDetail,
                        ids -> petitionWindows.openStatusChange(ids, this::petitionsChanged))));
    }

    public void show() {
        stage.setTitle(messages.get().get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.getIcons().add(new Image(AppWindow.class.getResourceAsStream("/vn/danvan/desk/common/ui/icon.png")));
        runner.run(gate::findState, found -> {
            if (found != Startup.State.NEW) {
                showView(LoginView.class);
            } else {
                showView(SetupView.class);
            }
            stage.show();
            LOG.info("Window shown {} ms after the JVM started",
                    ManagementFactory.getRuntimeMXBean().getUptime());
        });
    }

    public FxDialogService dialogs() {
        return dialogs;
    }

    /**
     * Lets background work finish, makes the day's automatic backup if none was made today (an officer logged in)
     * and the closing did not deal with it, then closes the database if this window opened it.
     */
    public void close() {
        runner.close();
        if (ownsServices && services != null) {
            if (closing.exitMakesBackup()) {
                session.officer().ifPresent(officer -> services.automaticBackups().runOnExit(actor()));
            }
            services.close();
            services = null;
        }
    }

    /** The login screen; after a damaged-database refusal it offers to restore the newest backup. */
    private LoginView loginView() {
        LoginViewModel<Startup.SignedIn> model = new LoginViewModel<>(gate::signIn, gate::recover,
                new LocalPreferences(folder).officeName(), gate.takeNotice(), runner, messages::get, this::signedIn);
        model.setOffers(gate::offer);
        // while the database opens the FX thread is free: once the login line says so, it prepares the controls
        // the main window shows first
        model.busyProperty().addListener((observable, was, busy) -> {
            if (busy) {
                PauseTransition drawnFirst = new PauseTransition(Duration.millis(WARM_UP_DELAY_MILLIS));
                drawnFirst.setOnFinished(event -> warmUp.runOnce());
                drawnFirst.play();
            }
        });
        return new LoginView(model);
    }

    /**
     * The officer confirmed a checked backup on the Settings page: closes the database, restores, and asks for a
     * login again (the passwords are those of the backup).
     */
    private void restoreAndLogIn(RestoreService.Prepared prepared) {
        AppServices open = services;
        Actor who = actor();
        services = null;
        closing.signedOut();
        session.officerProperty().set(null);
        runner.run(() -> {
            open.close();
            return gate.restorer().apply(prepared, who);
        }, restored -> {
            gate.noticeOnce(restored.describe(messages.get()));
            showView(LoginView.class);
        }, failure -> {
            gate.noticeOnce(vn.danvan.desk.common.ui.Failures.describe(failure, messages.get()));
            showView(LoginView.class);
        });
    }

    private void signedIn(Startup.SignedIn signedIn) {
        services = signedIn.services();
        closing.signedIn(services);
        petitionWindows = new PetitionWindows(services.intake(), services.citizens(), services.duplicates(),
                services.choices(), services.petitions(), services.officeClock(), runner, messages::get, this::actor,
                views, () -> stage, STYLESHEET);
        session.officerProperty().set(signedIn.officer());
        reportPages = new ReportPages(services, runner, dialogs, messages::get, this::actor, this::exportFolder,
                openFolder);
        settingsControllers = new SettingsPages(services, runner, dialogs, messages::get, session, this::actor,
                OFFICE_ZONE).controllers(gate::restorer, this::restoreAndLogIn, this::languageChanged);
        runner.run(services.offices()::localOffice, office -> office.ifPresent(
                profile -> services.preferences().setOfficeName(profile.name())));
        // the retention rule (off by default) is applied in the background after a login, once a day
        runner.run(() -> services.retention().applyOncePerDay(Actor.system()), count -> { });
        if (signedIn.newRecoveryKey().isPresent()) {
            new RecoveryKeyDialog(signedIn.newRecoveryKey().get(), messages::get, () -> stage, runner).showAndWait();
        }
        firstDashboard = gate.takeFirstPage();
        showMain(Page.DASHBOARD);
        firstDashboard = Optional.empty();
    }

    private void showMain(Page page) {
        shell = new MainWindowViewModel(services.offices(), services.recordCounts(), session,
                services.database().file(), runner, messages::get, List.of(Page.values()),
                services.browser()::overdueCount);
        shell.selectedPageProperty().set(page);
        showView(MainWindowView.class);
        shell.refresh();
    }

    private Map<Page, Supplier<Parent>> pageLoaders() {
        return Map.of(
                Page.DASHBOARD, () -> views.load(DashboardView.class).root(),
                Page.PETITIONS, () -> views.load(PetitionsView.class).root(),
                Page.DIALOGUES, () -> views.load(DialoguesView.class).root(),
                Page.REPORTS, () -> views.load(ReportsView.class).root(),
                Page.CATALOGS, () -> views.load(CatalogsView.class).root(),
                Page.SETTINGS, () -> views.load(SettingsView.class).root());
    }

    /** One set-up model for the whole first start, so switching its language keeps what was typed. */
    private SetupViewModel setupModel() {
        if (setup == null) {
            setup = new SetupViewModel<>(gate::setUp, runner, messages::get, dialogs, this::signedIn);
            setup.languageProperty().addListener((observable, old, language) -> {
                if (language != null && language != messages.get().language()) {
                    messages.set(Messages.of(language));
                    stage.setTitle(messages.get().get("app.title"));
                    setup.form().revalidate();
                    showView(SetupView.class);
                }
            });
        }
        return setup;
    }

    private Path exportFolder() {
        return services.preferences().exportFolderOrDocuments();
    }

    private Actor actor() {
        return session.officer().map(Actor::of).orElseGet(Actor::system);
    }

    /** Tổng quan, the first page after login; its cards, bars and rows open the petition page. */
    private DashboardView dashboardView() {
        DashboardViewModel model = new DashboardViewModel(services.dashboard(), runner, messages::get,
                this::openPetitions, services.preferences()::setExportFolder);
        firstDashboard.ifPresent(model::preload);
        dashboard = new DashboardView(model, this::exportFolder);
        return dashboard;
    }

    /** Shows the petition page with the list filtered as {@code request} asks (from the dashboard). */
    private void openPetitions(PetitionListRequest request) {
        pendingListRequest = request;
        shell.selectedPageProperty().set(Page.PETITIONS);
    }

    /** The petition page: its list and detail view models live as long as the page is shown. */
    private PetitionsView petitionsView() {
        petitionList = new PetitionListViewModel(services.browser(), services.choices(), runner, this::actor,
                services.preferences());
        if (pendingListRequest != null) {
            petitionList.apply(pendingListRequest);
            pendingListRequest = null;
        }
        petitionDetail = new PetitionDetailViewModel(services.petitions(), services.attachments(), services.browser(),
                runner, dialogs, messages::get, this::actor, this::petitionsChanged);
        return new PetitionsView(petitionList, petitionDetail, new PetitionPageActions(petitionWindows,
                () -> new ListImportWindow(services.listImport(), runner, messages::get, this::actor, views,
                        new ChildWindows(() -> stage, messages::get, STYLESHEET)),
                services.petitions(), runner, this::actor, this::dataChanged));
    }

    /** The dialogue page; a saved session refreshes it and the petition counts. */
    private DialoguesView dialoguesView() {
        DialoguesView[] view = new DialoguesView[1];
        DialogueWindows windows = new DialogueWindows(services.dialogues(), services.choices(), services.citizens(),
                services.attachments(), services.minutes(), services.officeClock(), runner, dialogs, messages::get, this::actor, views,
                new ChildWindows(() -> stage, messages::get, STYLESHEET));
        view[0] = new DialoguesView(new DialogueListViewModel(services.dialogues(), services.obligations(),
                services.choices(), services.officeClock(), runner), id -> windows.open(id, saved -> {
                    view[0].reload();
                    dataChanged();
                }));
        return view[0];
    }

    private void petitionsChanged() {
        if (petitionList != null) {
            petitionList.reload();
        }
        if (petitionDetail != null) {
            petitionDetail.refresh();
        }
        dataChanged();
    }

    private void dataChanged() {
        if (shell != null) {
            shell.refresh();
            if (dashboard != null && shell.selectedPageProperty().get() == Page.DASHBOARD) {
                dashboard.refresh();
            }
        }
    }

    private void languageChanged(AppLanguage language) {
        messages.set(Messages.of(language));
        stage.setTitle(messages.get().get("app.title"));
        showMain(Page.SETTINGS);
    }

    private void showView(Class<?> viewClass) {
        Parent root = views.load(viewClass).root();
        if (stage.getScene() == null) {
            // within the screen less its task bar and the title bar: 1366 x 768 is the usual laptop here
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight() - 40));
            scene.getStylesheets().add(AppWindow.class.getResource(STYLESHEET).toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
    }

    private Object createController(Class<?> type) {
        Supplier<Object> supplier = controllers.containsKey(type) ? controllers.get(type)
                : settingsControllers.get(type);
        if (supplier == null) {
            throw new IllegalArgumentException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
