package vn.danvan.desk;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window over given services, headless, and waits for what a user would wait for. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    public static Application start(AppServices services) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        return FxToolkit.setupApplication(() -> new App(services));
    }

    /** Starts the app as a user does: set-up or login opens the encrypted data of the startup's folder. */
    public static Application start(Startup startup) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        return FxToolkit.setupApplication(() -> new App(startup));
    }

    /**
     * Starts the app and logs in as the test admin; the dashboard is the first page, then the petition page is
     * opened from the sidebar: returns when it shows.
     */
    public static Application startAndLogIn(FxRobot robot, AppServices services) {
        Application app;
        try {
            app = start(services);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        logIn(robot);
        waitFor(robot, "#dashboardRoot");
        robot.clickOn("#nav-petitions");
        waitFor(robot, "#petitionsRoot");
        return app;
    }

    /** Types the test admin's name and password into the login screen, as an officer does, and presses Enter. */
    public static void logIn(FxRobot robot) {
        waitFor(robot, "#username");
        robot.clickOn("#username").write(TestServices.ADMIN);
        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(javafx.scene.input.KeyCode.ENTER);
    }

    public static void stop(Application app) throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Waits (at most 10 s) until {@code condition} holds, letting the FX thread and background work run. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    /** Waits until a node matching {@code query} is in the window and returns it. */
    public static <T extends Node> T waitFor(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }
}
