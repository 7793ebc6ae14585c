package vn.danvan.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danvan.desk.HeldTaskRunner;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;

/** What the login line says while the data opens, briefly and when the opening takes long. */
class LoginViewModelTest {

    final Messages messages = Messages.of(AppLanguage.VI);
    final HeldTaskRunner runner = new HeldTaskRunner();
    final List<String> signedIn = new ArrayList<>();
    final LoginViewModel<String> model = new LoginViewModel<>(LoginViewModelTest::signIn, request -> "recovered",
            "UBND xã Tân Lập", null, runner, () -> messages, signedIn::add);

    /** Any password but "sai" (wrong) opens. */
    private static String signIn(String user, char[] password) {
        if (String.valueOf(password).equals("sai")) {
            throw new IllegalStateException("refused");
        }
        return user;
    }

    @Test
    void aLongOpeningSaysItMayTakeMinutesAndNotToStopTheProgram() {
        model.usernameProperty().set("admin");
        model.passwordProperty().set("matkhau123");
        model.login();
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("login.busy"));

        model.stillBusy();
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("login.busyLong"))
                .contains("Xin đừng tắt chương trình");

        runner.runAll();
        assertThat(signedIn).containsExactly("admin");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aLateTimerAfterTheOpeningEndedOrDuringARestoreChangesNothing() {
        model.usernameProperty().set("admin");
        model.passwordProperty().set("sai");
        model.setOffers(failure -> Optional.of(new LoginViewModel.Offer("Khôi phục", "Chắc chắn?",
                () -> "Đã khôi phục")));
        model.login();
        runner.runAll();
        assertThat(signedIn).isEmpty();
        model.stillBusy();
        assertThat(model.errorProperty().get()).isNotEqualTo(messages.get("login.busyLong"));

        model.acceptOffer();
        assertThat(model.busyProperty().get()).isTrue();
        model.stillBusy();
        assertThat(model.errorProperty().get()).isEqualTo(messages.get("login.busy"));
        runner.runAll();
        assertThat(model.errorProperty().get()).isEqualTo("Đã khôi phục");
    }
}
