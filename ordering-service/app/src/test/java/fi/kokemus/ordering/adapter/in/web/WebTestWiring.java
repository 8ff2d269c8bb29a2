package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.ordering.application.service.InMemoryExpertDirectory;
import fi.kokemus.ordering.application.service.InMemoryOrderRepository;
import fi.kokemus.ordering.config.UseCaseConfiguration;
import fi.kokemus.platform.security.ResourceServerSecurity;
import fi.kokemus.platform.security.SecurityProperties;
import fi.kokemus.platform.web.ActorArgumentResolver;
import fi.kokemus.platform.web.ProblemResponses;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The real use cases over in-memory ports, plus the platform's web pieces the web slice does not load itself. */
@TestConfiguration
@Import({UseCaseConfiguration.class, ProblemResponses.class, ResourceServerSecurity.class})
@EnableConfigurationProperties(SecurityProperties.class)
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
    Clock clock() {
        return OrderingFixtures.clock();
    }

    @Bean
    WebMvcConfigurer actorArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }
}
