package fi.kokemus.deploy.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A local SMTP server (GreenMail standalone, copied by this module's build) that keeps every message the
 * services send; its web API lists each mailbox, so nobody needs a mail client to read the notifications.
 */
final class MailServer {

    static final String NAME = "mail";
    static final String JAR = "deploy/local-runner/target/mail-server/greenmail-standalone.jar";
    private static final List<String> JVM_OPTIONS = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private MailServer() {
    }

    static Component component(LocalSystemConfig config) {
        Ports ports = config.ports();
        return new Component(NAME, ports.smtp(),
                new Launch.JavaJar(config.projectRoot().resolve(Path.of(JAR)), jvmOptions(ports), List.of()),
                Map.of(), new Probe.HttpOk(URI.create(webUrl(ports) + "api/service/readiness")), Set.of());
    }

    private static List<String> jvmOptions(Ports ports) {
        List<String> options = new java.util.ArrayList<>(JVM_OPTIONS);
        options.addAll(List.of(
                        "-Dgreenmail.smtp.hostname=127.0.0.1",
                        "-Dgreenmail.smtp.port=" + ports.smtp(),
                        "-Dgreenmail.api.hostname=127.0.0.1",
                        "-Dgreenmail.api.port=" + ports.mailWeb(),
                        "-Dgreenmail.auth.disabled"));
        return options;
    }

    /** What a service that sends mail needs: the SMTP server, and Keycloak's base address to look addresses up. */
    static Map<String, String> senderEnvironment(Ports ports) {
        return Map.of(
                "SMTP_HOST", SystemTopology.HOST,
                "SMTP_PORT", Integer.toString(ports.smtp()),
                "KEYCLOAK_URL", SystemTopology.httpUrl(ports.keycloak()));
    }

    /** The mail server's web API; {@code api/user/<address>/messages} lists one mailbox. */
    static String webUrl(Ports ports) {
        return SystemTopology.httpUrl(ports.mailWeb()) + "/";
    }
}
