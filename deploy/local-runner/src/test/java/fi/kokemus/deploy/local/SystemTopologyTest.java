package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SystemTopologyTest {

    private static final Path ROOT = Path.of("/project");
    private final LocalSystemConfig config = LocalSystemConfig.defaults(ROOT, ROOT.resolve(".run"));

    @Test
    void startsInfrastructureThenServicesThenTheGateway() {
        assertThat(SystemTopology.components(config)).extracting(Component::name).containsExactly(
                "kafka", "mongo", "keycloak", "mail", "registry-service", "ordering-service", "fee-service",
                "feedback-service", "gateway");
    }

    @Test
    void servicesWaitForKafkaAndMongoAndTheGatewayForEveryService() {
        Map<String, Component> byName = byName(SystemTopology.components(config));

        assertThat(byName.get("kafka").dependsOn()).isEmpty();
        assertThat(byName.get("keycloak").dependsOn()).isEmpty();
        assertThat(byName.get("fee-service").dependsOn()).containsExactlyInAnyOrder("kafka", "mongo");
        assertThat(byName.get("gateway").dependsOn()).containsExactlyInAnyOrder(
                "registry-service", "ordering-service", "fee-service", "feedback-service");
    }

    @Test
    void aServiceGetsItsPortDatabaseAndTheSharedInfrastructure() {
        Component registry = byName(SystemTopology.components(config)).get("registry-service");

        assertThat(registry.environment()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PORT", "8081",
                "MONGODB_URI", "mongodb://localhost:27017",
                "MONGODB_DATABASE", "registry",
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092",
                "KEYCLOAK_ISSUER", "http://localhost:8180/realms/kokemus",
                "KEYCLOAK_JWKS", "http://localhost:8180/realms/kokemus/protocol/openid-connect/certs"));
        assertThat(registry.readiness()).isEqualTo(new Probe.HealthUp(URI.create("http://localhost:8081/actuator/health")));
        assertThat(registry.launch().command(Path.of("/jdk/bin/java"))).containsExactly(
                "/jdk/bin/java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", "/project/registry-service/app/target/registry-service.jar");
    }

    @Test
    void orderingAndFeedbackSendTheirMailToTheLocalMailServerWhoseMailboxesAreReadOverHttp() {
        Map<String, Component> byName = byName(SystemTopology.components(config.withPortOffset(1000)));
        Component mail = byName.get("mail");

        assertThat(mail.port()).isEqualTo(3525);
        assertThat(mail.readiness()).isEqualTo(new Probe.HttpOk(URI.create("http://localhost:9025/api/service/readiness")));
        assertThat(mail.launch().command(Path.of("java"))).contains("-Dgreenmail.smtp.port=3525",
                "-Dgreenmail.api.port=9025", "-jar", "/project/deploy/local-runner/target/mail-server/greenmail-standalone.jar");
        assertThat(byName.get("ordering-service").environment())
                .containsEntry("SMTP_HOST", "localhost")
                .containsEntry("SMTP_PORT", "3525")
                .containsEntry("KEYCLOAK_URL", "http://localhost:9180");
        assertThat(byName.get("feedback-service").environment())
                .containsEntry("SMTP_PORT", "3525")
                .containsEntry("KEYCLOAK_URL", "http://localhost:9180")
                .containsEntry("FEEDBACK_PUBLIC_LINK_BASE", "http://localhost:9080/api/feedback/public/");
        assertThat(byName.get("fee-service").environment()).doesNotContainKey("SMTP_PORT");
    }

    @Test
    void theGatewayRoutesToEveryServicePort() {
        Component gateway = byName(SystemTopology.components(config.withPortOffset(1000))).get("gateway");

        assertThat(gateway.environment())
                .containsEntry("PORT", "9080")
                .containsEntry("REGISTRY_URL", "http://localhost:9081")
                .containsEntry("ORDERING_URL", "http://localhost:9082")
                .containsEntry("FEE_URL", "http://localhost:9083")
                .containsEntry("FEEDBACK_URL", "http://localhost:9084")
                .containsEntry("KEYCLOAK_ISSUER", "http://localhost:9180/realms/kokemus")
                .doesNotContainKey("MONGODB_URI");
    }

    @Test
    void infrastructureKeepsItsDataInTheDataDirectory() {
        Map<String, Component> byName = byName(SystemTopology.components(config.withPortOffset(1)));

        assertThat(byName.get("kafka").launch().command(Path.of("java"))).containsSubsequence(
                "-jar", "/project/deploy/kafka-broker/target/kafka-broker.jar",
                "--data-dir", "/project/.run/kafka", "--port", "9093", "--controller-port", "9094");
        assertThat(byName.get("mongo").launch().command(Path.of("java"))).containsSubsequence(
                "-Xmx1g", "-jar", "/project/deploy/mongo-server/target/mongo-server.jar",
                "--data-dir", "/project/.run/mongo", "--port", "27018");
        assertThat(byName.get("keycloak").launch().command(Path.of("java"))).containsExactly(
                "/project/deploy/keycloak/target/keycloak-" + ProjectArtifacts.KEYCLOAK_VERSION + "/bin/kc.sh",
                "start-dev", "--http-port=8181", "--hostname=http://localhost:8181",
                "--db-url=jdbc:h2:file:/project/.run/keycloak/h2/keycloakdb;NON_KEYWORDS=VALUE");
        assertThat(byName.get("keycloak").environment().get("JAVA_OPTS_APPEND")).isEqualTo(
                "-Dkeycloak.migration.dir='/project/deploy/keycloak/realm' "
                        + "-Dquarkus.transaction-manager.object-store.directory='/project/.run/keycloak/transaction-logs'");
        assertThat(byName.get("keycloak").readiness()).isEqualTo(new Probe.HttpOk(
                URI.create("http://localhost:8181/realms/kokemus/.well-known/openid-configuration")));
    }

    @Test
    void keycloakRunsOnTheConfiguredJava() {
        Component keycloak = byName(SystemTopology.components(config.withJavaExecutable(Path.of("/jdk/bin/java"))))
                .get("keycloak");

        assertThat(keycloak.environment()).containsEntry("JAVA", "/jdk/bin/java")
                .containsKeys("KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD");
    }

    private static Map<String, Component> byName(List<Component> components) {
        return components.stream().collect(Collectors.toMap(Component::name, Function.identity()));
    }
}
