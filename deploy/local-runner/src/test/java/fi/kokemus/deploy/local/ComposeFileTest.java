package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** deploy/compose cannot run here (no Docker engine), so its consistency with the local runner is checked. */
class ComposeFileTest {

    private static final Path ROOT = RunnerArguments.enclosingProject(Path.of(""));
    private static final Path COMPOSE_DIR = ROOT.resolve("deploy/compose");
    private static final LocalSystemConfig RUNNER = LocalSystemConfig.defaults(ROOT, ROOT.resolve(".run"));

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(COMPOSE_DIR.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void everyRunnerProcessIsAComposeServicePublishingTheSamePort() {
        for (Component component : SystemTopology.components(RUNNER)) {
            assertThat(services).as("compose services").containsKey(component.name());
            assertThat(list(service(component.name()), "ports")).as(component.name() + " ports")
                    .anyMatch(mapping -> mapping.startsWith(component.port() + ":"));
        }
    }

    @Test
    void servicesAndGatewayReadTheSameVariablesAsInTheRunner() {
        for (Component component : javaServices()) {
            Map<String, Object> environment = map(service(component.name()), "environment");

            assertThat(environment.keySet()).as(component.name() + " environment")
                    .containsExactlyInAnyOrderElementsOf(component.environment().keySet());
            assertThat(environment.get("PORT")).isEqualTo(component.environment().get("PORT"));
            assertThat(environment.get("MONGODB_DATABASE")).isEqualTo(component.environment().get("MONGODB_DATABASE"));
        }
    }

    @Test
    void servicesAreBuiltFromTheRunnersJarsWithHealthChecksOnTheirPort() throws IOException {
        String dockerIgnore = Files.readString(COMPOSE_DIR.resolve("Dockerfile.dockerignore"));
        for (Component component : javaServices()) {
            Map<String, Object> service = service(component.name());
            String jar = ROOT.relativize(((Launch.JavaJar) component.launch()).jar()).toString();

            assertThat(map(map(service, "build"), "args")).containsEntry("JAR_FILE", jar);
            assertThat(dockerIgnore).contains("!" + jar);
            assertThat(list(map(service, "healthcheck"), "test"))
                    .contains("http://localhost:" + component.port() + "/actuator/health");
        }
    }

    @Test
    void composeWaitsForWhatTheRunnerWaitsFor() {
        for (Component component : SystemTopology.components(RUNNER)) {
            Map<String, Object> dependsOn = component.dependsOn().isEmpty()
                    ? Map.of() : map(service(component.name()), "depends_on");
            for (String dependency : component.dependsOn()) {
                String composeDependency = dependsOn.containsKey(dependency) ? dependency : dependency + "-init";
                assertThat(dependsOn).as(component.name() + " depends_on").containsKey(composeDependency);
                assertThat(map(dependsOn, composeDependency).get("condition"))
                        .isIn("service_healthy", "service_completed_successfully");
            }
        }
    }

    @Test
    void keycloakIsTheSameVersionAndImportsTheSameRealm() {
        Map<String, Object> keycloak = service(SystemTopology.KEYCLOAK);
        Path realmDir = new ProjectArtifacts(ROOT).keycloakRealmDir();

        assertThat(keycloak.get("image")).isEqualTo("quay.io/keycloak/keycloak:" + ProjectArtifacts.KEYCLOAK_VERSION);

        assertThat(list(keycloak, "command")).contains("start-dev", "--import-realm",
                "--http-port=" + RUNNER.ports().keycloak());
        assertThat(list(keycloak, "volumes")).anyMatch(volume ->
                COMPOSE_DIR.resolve(volume.substring(0, volume.indexOf(':'))).normalize().equals(realmDir)
                        && volume.contains(":/opt/keycloak/data/import"));
    }

    @Test
    void mongoRunsAsAReplicaSetThatIsInitiatedBeforeServicesStart() {
        assertThat(list(service(SystemTopology.MONGO), "command")).contains("--replSet", "rs0");
        assertThat(String.join(" ", list(service("mongo-init"), "command"))).contains("rs.initiate");
        for (Component component : javaServices()) {
            if (component.environment().containsKey("MONGODB_URI")) {
                assertThat(map(service(component.name()), "environment").get("MONGODB_URI").toString())
                        .contains("replicaSet=rs0");
            }
        }
    }

    private static List<Component> javaServices() {
        return SystemTopology.components(RUNNER).stream()
                .filter(component -> component.readiness() instanceof Probe.HealthUp)
                .toList();
    }

    private static Map<String, Object> service(String name) {
        return services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> parent, String key) {
        return ((List<Object>) parent.get(key)).stream().map(String::valueOf).toList();
    }
}
