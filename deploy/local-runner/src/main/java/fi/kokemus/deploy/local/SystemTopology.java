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

    private static final String GATEWAY_JAR = "gateway/target/gateway.jar";

    /** A service module: its jar (relative to the project root), port and database. */
    private record ServiceModule(String name, String jar, int port, String database) {
        String urlVariable() {
            return name.substring(0, name.indexOf('-')).toUpperCase() + "_URL";
        }
    }

    private SystemTopology() {
    }

    public static List<Component> components(LocalSystemConfig config) {
        ProjectArtifacts artifacts = new ProjectArtifacts(config.projectRoot());
        List<ServiceModule> services = services(config.ports());
        List<Component> components = new ArrayList<>();
        components.add(kafka(config, artifacts));
        components.add(mongo(config, artifacts));
        components.add(keycloak(config, artifacts));
        components.add(MailServer.component(config));
        services.forEach(service -> components.add(service(config.ports(), artifacts, service)));
        components.add(gateway(config.ports(), artifacts, services));
        return List.copyOf(components);
    }

    private static List<ServiceModule> services(Ports ports) {
        return List.of(
                new ServiceModule("registry-service", "registry-service/app/target/registry-service.jar",
                        ports.registry(), "registry"),
                new ServiceModule("ordering-service", "ordering-service/app/target/ordering-service.jar",
                        ports.ordering(), "ordering"),
                new ServiceModule("fee-service", "fee-service/app/target/fee-service.jar", ports.fee(), "fee"),
                new ServiceModule("feedback-service", "feedback-service/app/target/feedback-service.jar",
                        ports.feedback(), "feedback"));
    }

    private static Component kafka(LocalSystemConfig config, ProjectArtifacts artifacts) {
        Ports ports = config.ports();
        return new Component(KAFKA, ports.kafka(),
                new Launch.JavaJar(artifacts.kafkaBrokerJar(), KAFKA_JVM_OPTIONS, List.of(
                        "--data-dir", config.dataDir().resolve(KAFKA).toString(),
                        "--port", Integer.toString(ports.kafka()),
                        "--controller-port", Integer.toString(ports.kafkaController()))),
                Map.of(), new Probe.TcpPort(HOST, ports.kafka()), Set.of());
    }

    private static Component mongo(LocalSystemConfig config, ProjectArtifacts artifacts) {
        int port = config.ports().mongo();
        return new Component(MONGO, port,
                new Launch.JavaJar(artifacts.mongoServerJar(), config.mongoJvmOptions(), List.of(
                        "--data-dir", config.dataDir().resolve(MONGO).toString(),
                        "--port", Integer.toString(port))),
                Map.of(), new Probe.TcpPort(HOST, port), Set.of());
    }

    private static Component service(Ports ports, ProjectArtifacts artifacts, ServiceModule service) {
        Map<String, String> environment = new LinkedHashMap<>(securityEnvironment(ports, service.port()));
        environment.put("MONGODB_URI", mongoUri(ports));
        environment.put("MONGODB_DATABASE", service.database());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers(ports));
        if (service.name().equals("ordering-service") || service.name().equals("feedback-service")) {
            environment.putAll(MailServer.senderEnvironment(ports));
        }
        if (service.name().equals("feedback-service")) {
            environment.put("FEEDBACK_PUBLIC_LINK_BASE", httpUrl(ports.gateway()) + "/api/feedback/public/");
        }
        return javaService(service.name(), artifacts.bootJar(service.jar()), service.port(), environment,
                Set.of(KAFKA, MONGO));
    }

    /**
     * The gateway routes to every service, so it waits for them; not for Keycloak, whose keys it fetches on the
     * first request, so it starts while Keycloak is still starting.
     */
    private static Component gateway(Ports ports, ProjectArtifacts artifacts, List<ServiceModule> services) {
        Map<String, String> environment = new LinkedHashMap<>(securityEnvironment(ports, ports.gateway()));
        Set<String> dependsOn = new HashSet<>();
        for (ServiceModule service : services) {
            environment.put(service.urlVariable(), httpUrl(service.port()));
            dependsOn.add(service.name());
        }
        return javaService(GATEWAY, artifacts.bootJar(GATEWAY_JAR), ports.gateway(), environment, dependsOn);
    }

    /**
     * Keycloak in dev mode, run from the unpacked distribution with everything it writes in the data directory:
     * the H2 database, the transaction log; the realm is imported from the project when it does not exist yet.
     * {@code --hostname} fixes the token issuer, whatever host name a client used (deploy/keycloak/README.md).
     */
    private static Component keycloak(LocalSystemConfig config, ProjectArtifacts artifacts) {
        int port = config.ports().keycloak();
        Path data = config.dataDir().resolve(KEYCLOAK);
        Map<String, String> environment = Map.of(
                "JAVA", config.javaExecutable().toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", KEYCLOAK_ADMIN,
                "JAVA_OPTS_APPEND", String.join(" ",
                        "-Dkeycloak.migration.dir=" + quotedForKcSh(artifacts.keycloakRealmDir()),
                        "-Dquarkus.transaction-manager.object-store.directory="
                                + quotedForKcSh(data.resolve("transaction-logs"))));
        List<String> arguments = List.of(
                "start-dev",
                "--http-port=" + port,
                "--hostname=" + httpUrl(port),
                "--db-url=jdbc:h2:file:" + data.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE");
        return new Component(KEYCLOAK, port, new Launch.Script(artifacts.keycloakStartScript(), arguments),
                environment, new Probe.HttpOk(URI.create(issuer(config.ports()) + "/.well-known/openid-configuration")),
                Set.of());
    }

    /** kc.sh splits JAVA_OPTS_APPEND with xargs, which keeps a quoted path with spaces in one piece. */
    private static String quotedForKcSh(Path path) {
        return "'" + path + "'";
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
