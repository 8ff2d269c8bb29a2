package fi.kokemus.feedback.config;

import fi.kokemus.feedback.adapter.in.web.PublicBodyLimitFilter;
import fi.kokemus.feedback.adapter.in.web.PublicLinks;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The paths people without an account use: where their links point and how much they may send. */
@Configuration(proxyBeanMethods = false)
public class PublicPathsConfiguration {

    static final String PUBLIC_PATHS = "/api/feedback/public/*";

    @Bean
    PublicLinks publicLinks(FeedbackProperties properties) {
        return new PublicLinks(properties.publicLinkBase());
    }

    @Bean
    FilterRegistrationBean<PublicBodyLimitFilter> publicBodyLimit(FeedbackProperties properties, JsonMapper jsonMapper) {
        var registration = new FilterRegistrationBean<>(
                new PublicBodyLimitFilter(Math.toIntExact(properties.publicBodyLimit().toBytes()), jsonMapper));
        registration.addUrlPatterns(PUBLIC_PATHS);
        return registration;
    }
}
