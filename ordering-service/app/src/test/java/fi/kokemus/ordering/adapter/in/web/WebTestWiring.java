package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.ordering.application.service.InMemoryExpertDirectory;
import fi.kokemus.ordering.application.service.InMemoryOrderRepository;
import fi.kokemus.ordering.config.UseCaseConfiguration;
import fi.kokemus.platform.test.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The real use cases and views behind the controllers, over in-memory ports and a settable clock. */
@TestConfiguration
@Import({UseCaseConfiguration.class, OrderViews.class})
class WebTestWiring {

    @Bean
    InMemoryOrderRepository orderRepository() {
        return new InMemoryOrderRepository();
    }

    @Bean
    InMemoryExpertDirectory expertDirectory() {
        return new InMemoryExpertDirectory();
    }

    @Bean
    MutableClock clock() {
        return new MutableClock(OrderingFixtures.NOW);
    }
}
