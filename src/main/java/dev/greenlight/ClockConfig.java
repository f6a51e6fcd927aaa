package dev.greenlight;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

@Configuration
class ClockConfig {

    /** UTC system time, unless a profile (the demo's DemoClock) or a test brings its own clock. */
    @Bean
    @Fallback
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
