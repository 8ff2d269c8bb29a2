package fi.kokemus.feedback.fakes;

import fi.kokemus.platform.test.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A clock the service tests move; each test sets it before use. */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    @Bean
    MutableClock clock() {
        return new MutableClock(SampleWork.STARTS_AT);
    }
}
