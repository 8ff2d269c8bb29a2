package fi.kokemus.deploy.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The part of Keycloak's realm export format that the realm tests look at; other fields are ignored. Flags are
 * boxed so that a flag missing from the file reads as null (and fails the test) instead of as false, because
 * Keycloak's own defaults differ per flag.
 */
record RealmRepresentation(String realm, Boolean enabled, Integer accessTokenLifespan, Roles roles,
                           List<Client> clients, List<User> users, Map<String, List<Component>> components) {

    static final String RESOURCE = "/kokemus-realm.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static RealmRepresentation load() throws IOException {
        try (InputStream in = RealmRepresentation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the classpath");
            }
            return JSON.readValue(in, RealmRepresentation.class);
        }
    }

    Client client(String clientId) {
        return clients.stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    Optional<User> user(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    User serviceAccountOf(String clientId) {
        return users.stream().filter(u -> clientId.equals(u.serviceAccountClientId())).findFirst()
                .orElseThrow(() -> new AssertionError("no service account user for " + clientId));
    }

    UserProfile userProfile() {
        String config = components.get("org.keycloak.userprofile.UserProfileProvider").get(0)
                .config().get("kc.user.profile.config").get(0);
        return JSON.readValue(config, UserProfile.class);
    }

    record Roles(List<Role> realm) {
    }

    record Role(String name, String description) {
    }

    record Client(String clientId, Boolean publicClient, Boolean standardFlowEnabled, Boolean implicitFlowEnabled,
                  Boolean directAccessGrantsEnabled, Boolean serviceAccountsEnabled, String secret,
                  List<String> redirectUris, Map<String, String> attributes, List<ProtocolMapper> protocolMappers) {
    }

    record ProtocolMapper(String protocolMapper, Map<String, String> config) {
    }

    record User(String username, Boolean enabled, Boolean emailVerified, String email, String firstName,
                String lastName, Map<String, List<String>> attributes, List<String> requiredActions,
                List<Credential> credentials, List<String> realmRoles, String serviceAccountClientId,
                Map<String, List<String>> clientRoles) {
    }

    record Credential(String type, String value, Boolean temporary) {
    }

    record Component(String providerId, Map<String, List<String>> config) {
    }

    record UserProfile(List<ProfileAttribute> attributes) {
    }

    record ProfileAttribute(String name) {
    }
}
