package vn.danvan.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import vn.danvan.desk.petition.OfficeClock;

/** A clock a test moves by hand, so that history events get the dates of a story told over several months. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Moves to 10:00 on {@code date} in office time. */
    public void setDate(LocalDate date) {
        now = date.atTime(LocalTime.of(10, 0)).atZone(OfficeClock.ZONE).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
