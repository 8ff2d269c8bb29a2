package fi.kokemus.deploy.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import fi.kokemus.deploy.keycloak.RealmRepresentation.Client;
import fi.kokemus.deploy.keycloak.RealmRepresentation.Credential;
import fi.kokemus.deploy.keycloak.RealmRepresentation.ProfileAttribute;
import fi.kokemus.deploy.keycloak.RealmRepresentation.ProtocolMapper;
import fi.kokemus.deploy.keycloak.RealmRepresentation.Role;
import fi.kokemus.deploy.keycloak.RealmRepresentation.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the realm file statically, so a broken realm fails the build before any Keycloak starts. */
class KokemusRealmTest {

    private static final List<String> DEMO_USERS = List.of(
            "coordinator.soite", "orderer.soite", "expert.soite", "ngo.soite", "finance.soite",
            "coordinator.itu", "orderer.itu", "expert.itu", "ngo.itu", "finance.itu", "admin");

    private static RealmRepresentation realm;

    @BeforeAll
    static void load() throws IOException {
        realm = RealmRepresentation.load();
    }

    @Test
    void isTheEnabledKokemusRealmWithFifteenMinuteAccessTokens() {
        assertThat(realm.realm()).isEqualTo("kokemus");
        assertThat(realm.enabled()).isTrue();
        assertThat(realm.accessTokenLifespan()).isEqualTo(15 * 60);
    }

    @Test
    void declaresExactlyTheApplicationRoles() {
        assertThat(realm.roles().realm()).extracting(Role::name).containsExactlyInAnyOrder(
                "coordinator", "orderer", "expert", "ngo-partner", "finance", "admin");
    }

    @Test
    void demoUsersLogInWithPasswordDemoAndNoPendingActions() {
        for (String username : DEMO_USERS) {
            User user = realm.user(username).orElseThrow(() -> new AssertionError("missing " + username));
            assertThat(user.enabled()).as(username).isTrue();
            assertThat(user.emailVerified()).as(username).isTrue();
            assertThat(user.requiredActions()).as(username).isEmpty();
            assertThat(user.email()).as(username).isEqualTo(username + "@example.org");
            assertThat(user.firstName()).as(username).isNotBlank();
            assertThat(user.lastName()).as(username).isNotBlank();
            assertThat(user.credentials()).as(username)
                    .containsExactly(new Credential("password", "demo", false));
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            coordinator.soite, coordinator, keski-pohjanmaa, soite-coordination
            orderer.soite,     orderer,     keski-pohjanmaa, soite-mental-health-unit
            expert.soite,      expert,      keski-pohjanmaa, ngo-keski
            ngo.soite,         ngo-partner, keski-pohjanmaa, ngo-keski
            finance.soite,     finance,     keski-pohjanmaa, keski-pohjanmaa-finance
            coordinator.itu,   coordinator, ita-uusimaa,     itu-coordination
            orderer.itu,       orderer,     ita-uusimaa,     itu-social-work-unit
            expert.itu,        expert,      ita-uusimaa,     ngo-ita
            ngo.itu,           ngo-partner, ita-uusimaa,     ngo-ita
            finance.itu,       finance,     ita-uusimaa,     ita-uusimaa-finance
            admin,             admin,       -,               -
            """)
    void demoUserHasItsRoleCountyAndOrganisation(String username, String role, String county, String organisation) {
        User user = realm.user(username).orElseThrow();
        assertThat(user.realmRoles()).containsExactly(role);
        assertThat(user.attributes().get("county")).isEqualTo(county == null ? null : List.of(county));
        assertThat(user.attributes().get("organisation"))
                .isEqualTo(organisation == null ? null : List.of(organisation));
    }

    @Test
    void userProfileDeclaresCountyAndOrganisationSoTheyAreImported() {
        assertThat(realm.userProfile().attributes()).extracting(ProfileAttribute::name)
                .contains("username", "email", "firstName", "lastName", "county", "organisation");
    }

    @Test
    void webClientIsPublicAuthorizationCodeWithPkce() {
        Client web = realm.client("kokemus-web");
        assertThat(web.publicClient()).isTrue();
        assertThat(web.standardFlowEnabled()).isTrue();
        assertThat(web.directAccessGrantsEnabled()).isFalse();
        assertThat(web.implicitFlowEnabled()).isFalse();
        assertThat(web.attributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(web.redirectUris()).containsExactly("http://localhost:8080/*");
    }

    @Test
    void demoClientIsPublicWithPasswordGrant() {
        Client demo = realm.client("kokemus-demo");
        assertThat(demo.publicClient()).isTrue();
        assertThat(demo.directAccessGrantsEnabled()).isTrue();
        assertThat(demo.serviceAccountsEnabled()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"kokemus-web", "kokemus-demo"})
    void userClientsPutCountyAndOrganisationAttributesIntoAccessTokens(String clientId) {
        assertThat(realm.client(clientId).protocolMappers())
                .filteredOn(m -> m.protocolMapper().equals("oidc-usermodel-attribute-mapper"))
                .extracting(m -> m.config().get("user.attribute"), m -> m.config().get("claim.name"),
                        m -> m.config().get("access.token.claim"))
                .containsExactlyInAnyOrder(tuple("county", "county", "true"),
                        tuple("organisation", "organisation", "true"));
    }

    @Test
    void ngoSyncIsAConfidentialServiceAccountOfNgoKeski() {
        Client client = realm.client("ngo-sync-keski");
        assertServiceAccountOnly(client, "ngo-sync-keski-demo-secret");
        assertThat(realm.serviceAccountOf("ngo-sync-keski").realmRoles()).containsExactly("ngo-partner");
        assertThat(hardcodedClaims(client))
                .isEqualTo(Map.of("organisation", "ngo-keski", "county", "keski-pohjanmaa"));
    }

    @Test
    void financeFeedIsAConfidentialServiceAccountOfSoiteFinance() {
        Client client = realm.client("finance-feed");
        assertServiceAccountOnly(client, "finance-feed-demo-secret");
        assertThat(realm.serviceAccountOf("finance-feed").realmRoles()).containsExactly("finance");
        assertThat(hardcodedClaims(client)).isEqualTo(Map.of("county", "keski-pohjanmaa"));
    }

    @Test
    void orderingNotifierIsAConfidentialServiceAccountThatMayOnlyReadUsersAndRoleMembers() {
        Client client = realm.client("ordering-notifier");
        assertServiceAccountOnly(client, "ordering-notifier-demo-secret");
        User account = realm.serviceAccountOf("ordering-notifier");
        assertThat(account.realmRoles()).isEmpty();
        // view-realm: Keycloak lists a role's members (a county's coordinators) only to those who may view the realm
        assertThat(account.clientRoles()).isEqualTo(Map.of("realm-management", List.of("view-users", "view-realm")));
    }

    @Test
    void feedbackNotifierIsAConfidentialServiceAccountThatMayOnlyReadUsersAndRoleMembers() {
        Client client = realm.client("feedback-notifier");
        assertServiceAccountOnly(client, "feedback-notifier-demo-secret");
        User account = realm.serviceAccountOf("feedback-notifier");
        assertThat(account.realmRoles()).isEmpty();
        assertThat(account.clientRoles()).isEqualTo(Map.of("realm-management", List.of("view-users", "view-realm")));
    }

    private static void assertServiceAccountOnly(Client client, String secret) {
        assertThat(client.publicClient()).isFalse();
        assertThat(client.serviceAccountsEnabled()).isTrue();
        assertThat(client.standardFlowEnabled()).isFalse();
        assertThat(client.directAccessGrantsEnabled()).isFalse();
        assertThat(client.secret()).isEqualTo(secret);
    }

    private static Map<String, String> hardcodedClaims(Client client) {
        return client.protocolMappers().stream()
                .filter(m -> m.protocolMapper().equals("oidc-hardcoded-claim-mapper"))
                .map(ProtocolMapper::config)
                .peek(config -> assertThat(config).containsEntry("access.token.claim", "true"))
                .collect(java.util.stream.Collectors.toMap(c -> c.get("claim.name"), c -> c.get("claim.value")));
    }
}
