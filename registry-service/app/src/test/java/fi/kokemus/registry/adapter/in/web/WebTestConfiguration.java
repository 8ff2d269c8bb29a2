package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.security.SecurityProperties;
import fi.kokemus.platform.web.ActorArgumentResolver;
import fi.kokemus.registry.testing.InMemoryAuditLog;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class WebTestConfiguration {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Bean
    InMemoryExpertRepository expertRepository() {
        return new InMemoryExpertRepository();
    }

    @Bean
    InMemoryAuditLog auditLog() {
        return new InMemoryAuditLog();
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
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
