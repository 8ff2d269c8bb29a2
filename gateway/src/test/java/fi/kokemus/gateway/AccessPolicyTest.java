package fi.kokemus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import fi.kokemus.gateway.security.RealmRoleAuthorities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

class AccessPolicyTest extends AllServicesUpTest {

    @Test
    void requestWithoutTokenIsUnauthenticatedAndNeverReachesTheService() {
        client.get().uri("/api/registry/experts").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kokemus:problem:unauthenticated")
                .jsonPath("$.title").isEqualTo("Authentication required")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("A valid bearer token is required");
        assertThat(BACKEND.receivedNothing()).isTrue();
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthenticated() {
        String forged = new TestTokens().token("coordinator.test", "coordinator");

        client.get().uri("/api/registry/experts").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("urn:kokemus:problem:unauthenticated");
        assertThat(BACKEND.receivedNothing()).isTrue();
    }

    @Test
    void malformedTokenIsUnauthenticated() {
        client.get().uri("/api/ordering/orders").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("urn:kokemus:problem:unauthenticated");
    }

    @Test
    void financeSeesNothingInTheRegistry() {
        client.mutateWith(withRealmRoles("finance")).get().uri("/api/registry/experts").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kokemus:problem:forbidden")
                .jsonPath("$.title").isEqualTo("Forbidden")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.instance").isEqualTo("/api/registry/experts");
        assertThat(BACKEND.receivedNothing()).isTrue();
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            "coordinator, /api/registry/experts, 200",
            "orderer,     /api/registry/experts, 200",
            "expert,      /api/registry/experts, 200",
            "ngo-partner, /api/registry/experts, 200",
            "admin,       /api/registry/experts, 200",
            "finance,     /api/registry/experts, 403",
            "coordinator, /api/ordering/orders,  200",
            "orderer,     /api/ordering/orders,  200",
            "expert,      /api/ordering/orders,  200",
            "admin,       /api/ordering/orders,  200",
            "ngo-partner, /api/ordering/orders,  403",
            "finance,     /api/ordering/orders,  403",
            "finance,     /api/fees/lines,       200",
            "admin,       /api/fees/lines,       200",
            "coordinator, /api/fees/lines,       200",
            "orderer,     /api/fees/lines,       200",
            "expert,      /api/fees/lines,       200",
            "ngo-partner, /api/fees/lines,       403",
            "coordinator, /api/feedback/requests, 200",
            "orderer,     /api/feedback/requests, 200",
            "expert,      /api/feedback/requests, 200",
            "admin,       /api/feedback/requests, 200",
            "ngo-partner, /api/feedback/requests, 403",
            "finance,     /api/feedback/requests, 403",
    })
    void routeRolePolicy(String role, String path, int expectedStatus) {
        client.mutateWith(withRealmRoles(role)).get().uri(path).exchange()
                .expectStatus().isEqualTo(expectedStatus);
    }

    @Test
    void roleTheSystemDoesNotKnowGrantsNothing() {
        client.mutateWith(withRealmRoles("offline_access")).get().uri("/api/ordering/orders").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void publicFeedbackFormNeedsNoToken() throws InterruptedException {
        client.get().uri("/api/feedback/public/forms/f-123").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.served").isEqualTo("/api/feedback/public/forms/f-123");
        assertThat(BACKEND.next().uri()).isEqualTo("/api/feedback/public/forms/f-123");
    }

    @Test
    void calendarFeedNeedsNoTokenButItsAddressIsOnlyGivenToASignedInExpert() throws InterruptedException {
        client.get().uri("/api/ordering/calendar/Zm9vYmFy.ics").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.served").isEqualTo("/api/ordering/calendar/Zm9vYmFy.ics");
        assertThat(BACKEND.next().uri()).isEqualTo("/api/ordering/calendar/Zm9vYmFy.ics");

        client.post().uri("/api/ordering/me/calendar-token").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void unknownPathNeedsATokenBeforeAnythingElse() {
        client.get().uri("/api/unknown").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void healthAndMetricsArePublic() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void actuatorEndpointsNotExposedStayClosed() {
        client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
    }

    private static JwtMutator withRealmRoles(String... roles) {
        return mockJwt()
                .jwt(jwt -> jwt.claim("realm_access", Map.of("roles", List.of(roles))))
                .authorities(new RealmRoleAuthorities());
    }
}
