package fi.kokemus.deploy.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The processes of the local system, in start order, each with the environment and ports of one config. */
public final class SystemTopology {

    public static final String KAFKA = "kafka";
    public static final String MONGO = "mongo";
    public static final String KEYCLOAK = "keycloak";
    public static final String GATEWAY = "gateway";
    public static final String REALM = "kokemus";
    public static final String HOST = "localhost";
    public static final String KEYCLOAK_ADMIN = "admin";

    /** Small heaps and C1-only JIT: a local system of eight JVMs on a 2-core machine starts faster this way. */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    static final List<String> KAFKA_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final Set<String> INFRASTRUCTURE = Set.of(KAFKA, MONGO);

    /** A service module: its jar, port and database. */
    public record ServiceModule(String name, String jar, int port, String database) {
        String urlVariable() {
            return name.substring(0, name.indexOf('-')).toUpperCase() + "_URL";
        }
    }

    private SystemTopology() {
    }

    public static List<ServiceModule> services(Ports ports) {
        return List.of(
                new ServiceModule("registry-service", "registry-service/app/target/registry-service.jar",
                        ports.registry(), "registry"),
                new ServiceModule("ordering-service", "ordering-service/app/target/ordering-service.jar",
                        ports.ordering(), "ordering"),
                new ServiceModule("fee-service", "fee-service/app/target/fee-service.jar", ports.fee(), "fee"),
                new ServiceModule("feedback-service", "feedback-service/app/target/feedback-service.jar",
                        ports.feedback(), "feedback"));
    }

    public static String gatewayJar() {
        return "gateway/target/gateway.jar";
    }

    public static List<Component> components(LocalSystemConfig config) {
        ProjectArtifacts artifacts = new ProjectArtifacts(config.projectRoot());
        Ports ports = config.ports();
        Path data = config.dataDir();
        List<Component> components = new ArrayList<>();
        components.add(new Component(KAFKA, ports.kafka(),
                new Launch.JavaJar(artifacts.kafkaBrokerJar(), KAFKA_JVM_OPTIONS, List.of(
                        "--data-dir", data.resolve(KAFKA).toString(),
                        "--port", Integer.toString(ports.kafka()),
                        "--controller-port", Integer.toString(ports.kafkaController()))),
                Map.of(), new Probe.TcpPort(HOST, ports.kafka()), Set.of()));
        components.add(new Component(MONGO, ports.mongo(),
                new Launch.JavaJar(artifacts.mongoServerJar(), SERVICE_JVM_OPTIONS, List.of(
                        "--data-dir", data.resolve(MONGO).toString(),
                        "--port", Integer.toString(ports.mongo()))),
                Map.of(), new Probe.TcpPort(HOST, ports.mongo()), Set.of()));
        components.add(new Component(KEYCLOAK, ports.keycloak(),
                new Launch.Script(KeycloakHome.startScript(data), List.of(
                        "start-dev", "--http-port=" + ports.keycloak(), "--import-realm")),
                Map.of("JAVA", config.javaExecutable().toString(),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", KEYCLOAK_ADMIN),
                new Probe.HttpOk(URI.create(issuer(ports) + "/.well-known/openid-configuration")), Set.of()));

        Map<String, String> serviceUrls = new LinkedHashMap<>();
        List<String> serviceNames = new ArrayList<>();
        for (ServiceModule service : services(ports)) {
            Map<String, String> environment = new LinkedHashMap<>(securityEnvironment(ports, service.port()));
            environment.put("MONGODB_URI", mongoUri(ports));
            environment.put("MONGODB_DATABASE", service.database());
            environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers(ports));
            components.add(javaService(service.name(), artifacts.bootJar(service.jar()), service.port(), environment,
                    INFRASTRUCTURE));
            serviceUrls.put(service.urlVariable(), httpUrl(service.port()));
            serviceNames.add(service.name());
        }

        Map<String, String> gatewayEnvironment = new LinkedHashMap<>(securityEnvironment(ports, ports.gateway()));
        gatewayEnvironment.putAll(serviceUrls);
        Set<String> gatewayDependencies = new HashSet<>(serviceNames);
        gatewayDependencies.add(KEYCLOAK);
        components.add(javaService(GATEWAY, artifacts.bootJar(gatewayJar()), ports.gateway(), gatewayEnvironment,
                gatewayDependencies));
        return List.copyOf(components);
    }

    public static String httpUrl(int port) {
        return "http://" + HOST + ":" + port;
    }

    public static String issuer(Ports ports) {
        return httpUrl(ports.keycloak()) + "/realms/" + REALM;
    }

    public static String mongoUri(Ports ports) {
        return "mongodb://" + HOST + ":" + ports.mongo();
    }

    public static String kafkaBootstrapServers(Ports ports) {
        return HOST + ":" + ports.kafka();
    }

    private static Map<String, String> securityEnvironment(Ports ports, int port) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PORT", Integer.toString(port));
        environment.put("KEYCLOAK_ISSUER", issuer(ports));
        environment.put("KEYCLOAK_JWKS", issuer(ports) + "/protocol/openid-connect/certs");
        return environment;
    }

    private static Component javaService(String name, Path jar, int port, Map<String, String> environment,
            Set<String> dependsOn) {
        return new Component(name, port, new Launch.JavaJar(jar, SERVICE_JVM_OPTIONS, List.of()), environment,
                new Probe.HealthUp(URI.create(httpUrl(port) + "/actuator/health")), dependsOn);
    }
}
