package vn.danvan.desk.security;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.keys.RecoveryKey;

/**
 * The login screen: username and password, checked in the background. The check also unlocks and opens the
 * encrypted database, so what a successful login yields ({@code R}) is decided by the caller.
 *
 * @param <R> what a successful sign-in gives (the open services and the officer)
 */
public final class LoginViewModel<R> {

    /** Checks the credentials; throws a {@link UserException} that says why they are refused. */
    @FunctionalInterface
    public interface SignIn<R> {
        R signIn(String username, char[] password) throws Exception;
    }

    /** Opens the data with the office's recovery key and sets a new password for one officer. */
    @FunctionalInterface
    public interface Recover<R> {
        R recover(RecoveryRequest request) throws Exception;
    }

    /**
     * Something the login screen can offer after a refusal (a damaged database: restore the newest backup), shown
     * as a button; {@code action} runs in the background after the officer confirms and returns what to tell.
     */
    public record Offer(String label, String confirmation, java.util.concurrent.Callable<String> action) {
    }

    /** What the recovery dialog asks for. */
    public record RecoveryRequest(RecoveryKey key, String username, String newPassword) {
    }

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper officeName = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** A login runs (not a restore or a recovery, which also make the model busy). */
    private boolean opening;
    private final javafx.beans.property.ObjectProperty<Offer> offer =
            new javafx.beans.property.SimpleObjectProperty<>();
    private java.util.function.Function<Throwable, java.util.Optional<Offer>> offers = failure ->
            java.util.Optional.empty();

    private final SignIn<R> signIn;
    private final Recover<R> recover;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final Consumer<R> onSignedIn;

    public LoginViewModel(SignIn<R> signIn, Recover<R> recover, String officeName, String notice, TaskRunner runner,
                          Supplier<Messages> messages, Consumer<R> onSignedIn) {
        this.signIn = signIn;
        this.recover = recover;
        this.error.set(notice == null ? "" : notice);
        this.runner = runner;
        this.messages = messages;
        this.onSignedIn = onSignedIn;
        this.officeName.set(officeName == null ? "" : officeName);
        username.addListener(observable -> error.set(""));
        password.addListener(observable -> error.set(""));
    }

    public void login() {
        if (busy.get() || !canLoginBinding().get()) {
            return;
        }
        busy.set(true);
        opening = true;
        error.set(messages.get().get("login.busy"));
        String user = username.get();
        char[] secret = password.get().toCharArray();
        runner.run(() -> {
            try {
                return signIn.signIn(user, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, result -> {
            busy.set(false);
            opening = false;
            password.set("");
            onSignedIn.accept(result);
        }, failure -> {
            busy.set(false);
            opening = false;
            password.set("");
            error.set(describe(failure));
            offer.set(offers.apply(failure).orElse(null));
        });
    }

    /**
     * The opening still runs after a while (the view calls this after {@link #LONG_WAIT_SECONDS}): says that it may
     * take minutes and must not be stopped. A migration of a large register after an update, or the undoing of a
     * list import cut off half-way, can take that long, and stopping the program then only makes it start again.
     */
    public void stillBusy() {
        if (busy.get() && opening) {
            error.set(messages.get().get("login.busyLong"));
        }
    }

    /** Seconds of opening after which {@link #stillBusy()} is shown. */
    public static final int LONG_WAIT_SECONDS = 5;

    /** What to offer after a refused login (asked on the background thread's failure, on the FX thread). */
    public void setOffers(java.util.function.Function<Throwable, java.util.Optional<Offer>> offers) {
        this.offers = offers;
    }

    /** The officer confirmed the offer: runs it in the background and shows what it says. */
    public void acceptOffer() {
        Offer accepted = offer.get();
        if (busy.get() || accepted == null) {
            return;
        }
        busy.set(true);
        error.set(messages.get().get("login.busy"));
        runner.run(accepted.action(), message -> {
            busy.set(false);
            offer.set(null);
            error.set(message);
        }, failure -> {
            busy.set(false);
            offer.set(null);
            error.set(describe(failure));
        });
    }

    /** The offer shown after the last refusal, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer;
    }

    /** The recovery dialog's request: opens the data, sets the new password, signs that officer in. */
    public void recover(RecoveryRequest request) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> recover.recover(request), result -> {
            busy.set(false);
            onSignedIn.accept(result);
        }, failure -> {
            busy.set(false);
            error.set(describe(failure));
        });
    }

    private String describe(Throwable failure) {
        return Failures.describe(failure, messages.get());
    }

    public BooleanBinding canLoginBinding() {
        return username.isNotEmpty().and(password.isNotEmpty());
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last attempt was refused (wrong password, login locked for a while…), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeNameProperty() {
        return officeName.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
