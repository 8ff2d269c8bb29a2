package fi.kokemus.feedback.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.platform.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitFilterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T10:00:00Z"));
    private final PublicRateLimitFilter filter = new PublicRateLimitFilter(3, clock);

    @Test
    void refusesAnAddressThatSendsTooManyAnswersInAMinuteAndNobodyElse() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("203.0.113.7, 10.0.0.5").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = post("203.0.113.7, 10.0.0.5");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString()).contains("Liian monta vastausta", "Too many answers");
        assertThat(post("203.0.113.7, 10.0.0.6").getStatus()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(post("203.0.113.7, 10.0.0.5").getStatus()).isEqualTo(200);
    }

    @Test
    void trustsOnlyTheAddressTheGatewayAppendedOrTheConnection() {
        assertThat(PublicRateLimitFilter.clientAddress(request("forged-by-client, 198.51.100.4")))
                .isEqualTo("198.51.100.4");
        assertThat(PublicRateLimitFilter.clientAddress(request(null))).isEqualTo("192.0.2.1");
    }

    @Test
    void readingAFormIsNotCounted() throws Exception {
        for (int i = 0; i < 5; i++) {
            MockHttpServletRequest get = request("203.0.113.9");
            get.setMethod("GET");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(get, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse post(String forwardedFor) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(forwardedFor), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/feedback/public/token");
        request.setRemoteAddr("192.0.2.1");
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
