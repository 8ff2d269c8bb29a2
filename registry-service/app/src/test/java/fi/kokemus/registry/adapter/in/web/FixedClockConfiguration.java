package fi.kokemus.registry.adapter.in.web;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The clock of {@link WebTestConfiguration}, for slices that test one controller without the rest. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.fixed(WebTestConfiguration.NOW, ZoneOffset.UTC);
    }
}
