package vn.danvan.desk.security;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.office.OfficeService;

/** The login screen: username and password, checked in the background. */
public final class LoginViewModel {

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper officeName = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final AuthService auth;
    private final TaskRunner runner;
    private final Consumer<Officer> onLoggedIn;

    public LoginViewModel(AuthService auth, OfficeService offices, TaskRunner runner, Consumer<Officer> onLoggedIn) {
        this.auth = auth;
        this.runner = runner;
        this.onLoggedIn = onLoggedIn;
        runner.run(offices::localOffice, office -> officeName.set(office.map(OfficeProfile::name).orElse("")));
        username.addListener(observable -> errorKey.set(""));
        password.addListener(observable -> errorKey.set(""));
    }

    public void login() {
        if (busy.get() || !canLoginBinding().get()) {
            return;
        }
        busy.set(true);
        String user = username.get();
        char[] secret = password.get().toCharArray();
        runner.run(() -> auth.login(user, secret), (Optional<Officer> officer) -> {
            busy.set(false);
            if (officer.isPresent()) {
                password.set("");
                onLoggedIn.accept(officer.get());
            } else {
                password.set("");
                errorKey.set("login.error.invalid");
            }
        }, error -> {
            busy.set(false);
            errorKey.set("error.unexpected");
        });
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

    /** The bundle key of the last refusal, or empty. */
    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeNameProperty() {
        return officeName.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
