package fi.kokemus.feedback.config;

import fi.kokemus.feedback.adapter.in.web.FormLocaleResolver;
import fi.kokemus.feedback.adapter.in.web.PublicBodyLimitFilter;
import fi.kokemus.feedback.adapter.in.web.PublicLinks;
import fi.kokemus.feedback.adapter.in.web.PublicRateLimitFilter;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** The paths people without an account use: where their links point, their language, how much and how often they may send. */
@Configuration(proxyBeanMethods = false)
public class PublicPathsConfiguration {

    static final String PUBLIC_PATHS = "/api/feedback/public/*";

    @Bean
    PublicLinks publicLinks(FeedbackProperties properties) {
        return new PublicLinks(properties.publicLinkBase());
    }

    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        return new FormLocaleResolver();
    }

    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimit(FeedbackProperties properties, Clock clock) {
        var registration = new FilterRegistrationBean<>(
                new PublicRateLimitFilter(properties.publicAnswersPerMinute(), clock));
        registration.addUrlPatterns(PUBLIC_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicBodyLimitFilter> publicBodyLimit(FeedbackProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new PublicBodyLimitFilter(Math.toIntExact(properties.publicBodyLimit().toBytes())));
        registration.addUrlPatterns(PUBLIC_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }
}
