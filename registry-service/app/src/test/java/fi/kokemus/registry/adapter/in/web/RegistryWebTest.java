package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.security.ResourceServerSecurity;
import fi.kokemus.platform.web.ProblemResponses;
import fi.kokemus.registry.config.UseCaseConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * The web adapter with the platform's token check and problem responses in front of the real use
 * cases, whose out-ports are in-memory fakes. The security slice is imported by hand because the
 * Boot module that adds it to {@code @WebMvcTest} is not among the build's dependencies.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class})
@Import({ResourceServerSecurity.class, ProblemResponses.class, UseCaseConfiguration.class,
        WebTestConfiguration.class})
@interface RegistryWebTest {
}
