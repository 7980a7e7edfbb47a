package org.zhengwu;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The platform clock in tests: it stands still where a test puts it. */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
        this.now = Instant.now();
    }

    public void set(LocalDateTime local) {
        this.now = local.atZone(zone).toInstant();
    }

    public void setDate(LocalDate date) {
        set(date.atTime(9, 0));
    }

    public void reset() {
        this.now = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
