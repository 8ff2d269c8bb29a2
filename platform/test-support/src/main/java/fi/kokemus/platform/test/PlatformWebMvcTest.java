package fi.kokemus.platform.test;

import fi.kokemus.platform.web.PlatformWebConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web-slice test: the service's controllers behind the platform's token check, problem
 * responses and {@code Actor} parameters, as in the running service. The test imports the use
 * cases and in-memory ports behind the controllers itself; requests carry tokens from
 * {@link TestActors}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(PlatformWebConfiguration.class)
public @interface PlatformWebMvcTest {

    /** The controllers to test; all of the service's when empty. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] controllers() default {};
}
