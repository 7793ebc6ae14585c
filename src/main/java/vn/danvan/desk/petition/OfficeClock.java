package vn.danvan.desk.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the office is: legal dates are Vietnamese calendar dates (UTC+7), whatever the PC's zone. */
public final class OfficeClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public OfficeClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** This instant, for the times in records' ids. */
    public java.time.Instant now() {
        return clock.instant();
    }
}
