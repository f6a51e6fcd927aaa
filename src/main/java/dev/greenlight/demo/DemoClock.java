package dev.greenlight.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's clock: UTC system time, except while the sample loader plays the months of a tracked sample
 * (PRODUCT.md §7) before the first user arrives — it approves it a few months back and posts each month's check-in
 * in that month, exactly as the services would have seen it. Nothing else ever sets it.
 */
@Component
@Profile("demo")
class DemoClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Instant fixed;

    void setTo(Instant at) {
        fixed = at;
    }

    void resume() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        var at = fixed;
        return at == null ? system.instant() : at;
    }
}
