package fi.kokemus.deploy.local;

import java.util.LinkedHashMap;
import java.util.Map;

/** The TCP ports one local system listens on. */
public record Ports(
        int gateway,
        int registry,
        int ordering,
        int fee,
        int feedback,
        int keycloak,
        int kafka,
        int kafkaController,
        int mongo,
        int smtp,
        int mailWeb) {

    public Ports {
        Map<Integer, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : byName(gateway, registry, ordering, fee, feedback, keycloak, kafka,
                kafkaController, mongo, smtp, mailWeb).entrySet()) {
            int port = entry.getValue();
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(entry.getKey() + " port " + port + " is outside 1..65535");
            }
            String previous = seen.putIfAbsent(port, entry.getKey());
            if (previous != null) {
                throw new IllegalArgumentException(
                        entry.getKey() + " and " + previous + " would both listen on port " + port);
            }
        }
    }

    /** The ports of docs/architecture.md. */
    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8180, 9092, 9093, 27017, 2525, 8025);
    }

    /** Every port shifted by {@code offset}, so a second system can run next to one on the defaults. */
    public Ports withOffset(int offset) {
        return new Ports(gateway + offset, registry + offset, ordering + offset, fee + offset, feedback + offset,
                keycloak + offset, kafka + offset, kafkaController + offset, mongo + offset, smtp + offset,
                mailWeb + offset);
    }

    /** Port by what listens on it. */
    public Map<String, Integer> byName() {
        return byName(gateway, registry, ordering, fee, feedback, keycloak, kafka, kafkaController, mongo, smtp, mailWeb);
    }

    private static Map<String, Integer> byName(int gateway, int registry, int ordering, int fee, int feedback,
            int keycloak, int kafka, int kafkaController, int mongo, int smtp, int mailWeb) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", kafka);
        ports.put("kafka controller", kafkaController);
        ports.put("mongo", mongo);
        ports.put("keycloak", keycloak);
        ports.put("registry-service", registry);
        ports.put("ordering-service", ordering);
        ports.put("fee-service", fee);
        ports.put("feedback-service", feedback);
        ports.put("gateway", gateway);
        ports.put("mail (SMTP)", smtp);
        ports.put("mail (web)", mailWeb);
        return ports;
    }
}
