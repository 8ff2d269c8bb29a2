package fi.kokemus.gateway;

import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every service answering on the stub backend; the test classes extending this share one context. */
abstract class AllServicesUpTest extends GatewayTestSupport {

    @DynamicPropertySource
    static void allServicesOnStub(DynamicPropertyRegistry registry) {
        wireToStub(registry, Map.of());
    }
}
