package vn.danvan.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.backup.DamagedDatabase;
import vn.danvan.desk.backup.RestoreService;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.dashboard.DashboardService;
import vn.danvan.desk.security.LoginViewModel;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.security.keys.KeyVault;
import vn.danvan.desk.setup.SetupRequest;

/**
 * The window's side of {@link Startup}: what the set-up and login screens do before the database is open (and, in
 * tests that hand over open services, the same screens over those services). Sign-in, set-up and recovery run on a
 * background thread; a database that cannot be opened is logged and explained with the folder's name.
 */
final class StartGate {

    private static final Logger LOG = LoggerFactory.getLogger(StartGate.class);

    /** Null in tests that hand over open services. */
    private final Startup startup;
    private final Supplier<AppServices> openServices;
    private final Path folder;
    private final ZoneId zone;
    private final Supplier<Messages> messages;
    private Startup.State state = Startup.State.LOGIN;
    private String notice = "";
    /** The dashboard read on the sign-in thread, taken once by the window on the FX thread. */
    private final AtomicReference<DashboardService.Page> firstPage = new AtomicReference<>();

    StartGate(Startup startup, Supplier<AppServices> openServices, Path folder, ZoneId zone,
              Supplier<Messages> messages) {
        this.startup = startup;
        this.openServices = openServices;
        this.folder = folder;
        this.zone = zone;
        this.messages = messages;
    }

    /** On a background thread: what the folder needs first (set-up or login); remembered for the login notice. */
    Startup.State findState() {
        Startup.State found = startup != null ? startup.state()
                : openServices.get().setup().isSetUp() ? Startup.State.LOGIN : Startup.State.NEW;
        state = found;
        return found;
    }

    /** On a background thread: unlocks and opens the database (or, in tests, checks the password). */
    Startup.SignedIn signIn(String username, char[] password) throws Exception {
        if (startup != null) {
            AtomicReference<CompletableFuture<DashboardService.Page>> reading = new AtomicReference<>();
            Startup.SignedIn signedIn = explained(() -> startup.logIn(username, password, services -> {
                reading.set(readFirstPage(services));
                return reading.get();
            }));
            return withFirstPage(signedIn, reading.get());
        }
        AppServices services = openServices.get();
        Officer officer = services.auth().login(username, password)
                .orElseThrow(() -> new UserException("login.error.invalid"));
        return withFirstPage(new Startup.SignedIn(services, officer, Optional.empty()), null);
    }

    /** On a background thread: the recovery key opens the data and sets a new password. */
    Startup.SignedIn recover(LoginViewModel.RecoveryRequest request) throws Exception {
        if (startup == null) {
            throw new UserException("recovery.error.wrong");
        }
        return withFirstPage(explained(() -> startup.recover(request.key(), request.username(),
                request.newPassword())), null);
    }

    /** On a background thread: creates the keys, the encrypted database and the office. */
    Startup.SignedIn setUp(SetupRequest request) throws Exception {
        if (startup != null) {
            return explained(() -> startup.setUp(request));
        }
        AppServices services = openServices.get();
        return new Startup.SignedIn(services, services.setup().setUp(request), Optional.empty());
    }

    /** After a refused login: the newest good backup to offer when the database is damaged. */
    Optional<LoginViewModel.Offer> offer(Throwable failure) {
        return startup == null ? Optional.empty() : DamagedDatabase.offer(failure, startup::restorer, messages.get());
    }

    /** Restores into this data folder: the start-up's (test costs in tests), else production costs. */
    RestoreService restorer() {
        return startup != null ? startup.restorer()
                : new RestoreService(folder, Clock.systemUTC(), zone, KeyVault.DEFAULT_ITERATIONS);
    }

    /** A message for the next login screen only (after a restore, or a failed one). */
    void noticeOnce(String text) {
        notice = text;
    }

    /** What the login screen says before anyone types: a one-time notice, the key file missing, old data. */
    String takeNotice() {
        if (!notice.isEmpty()) {
            String once = notice;
            notice = "";
            return once;
        }
        return switch (state) {
            case KEYS_LOST -> messages.get().get("login.error.keysLost");
            case UNENCRYPTED -> messages.get().get("login.notice.unencrypted");
            default -> "";
        };
    }

    /**
     * Reads the dashboard, the first page after the login, on a thread of its own while the sign-in thread checks
     * the account's password hash (a few hundred milliseconds of one core): the main window then opens with its
     * figures instead of reading them while it is being built on the same cores.
     */
    private static CompletableFuture<DashboardService.Page> readFirstPage(AppServices services) {
        CompletableFuture<DashboardService.Page> page = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                DashboardService dashboard = services.dashboard();
                page.complete(dashboard.page(dashboard.dates()));
            } catch (Throwable e) {
                // whatever ends the reader (an Error too) must end the wait, or the login would never return
                page.completeExceptionally(e);
            }
        }, "danvan-first-page");
        reader.setDaemon(true);
        reader.start();
        return page;
    }

    /**
     * On the sign-in thread, still behind the login screen: waits for the page read beside the account check, or
     * reads it now when none was started (a recovery, a register encrypted at this login, tests over open services).
     * A failure only leaves the page to read its figures itself (and say so if it fails again).
     */
    private Startup.SignedIn withFirstPage(Startup.SignedIn signedIn,
                                           CompletableFuture<DashboardService.Page> reading) {
        long started = System.nanoTime();
        try {
            DashboardService dashboard = signedIn.services().dashboard();
            firstPage.set(reading != null ? reading.join() : dashboard.page(dashboard.dates()));
            LOG.info("Dashboard read with the login ({}, {} ms after the account check)",
                    reading != null ? "beside it" : "after it", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            firstPage.set(null);
            LOG.warn("The dashboard could not be read with the login; the page reads it again", e);
        }
        return signedIn;
    }

    /** The dashboard read with the last sign-in, once (on the FX thread, when the main window is built). */
    Optional<DashboardService.Page> takeFirstPage() {
        return Optional.ofNullable(firstPage.getAndSet(null));
    }

    private Startup.SignedIn explained(Callable<Startup.SignedIn> opening) throws Exception {
        try {
            return opening.call();
        } catch (DatabaseOpenException e) {
            LOG.warn("Cannot open the database in {}: {}", folder, e.getMessage(), e);
            throw new UserException(e.messageKey(), folder);
        }
    }
}
