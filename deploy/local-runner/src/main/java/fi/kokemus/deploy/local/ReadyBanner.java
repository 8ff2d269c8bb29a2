package fi.kokemus.deploy.local;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** What a person needs once the system is up: where things are, who can log in and a request that works. */
final class ReadyBanner {

    private ReadyBanner() {
    }

    static String text(LocalSystem system, Duration startup, int demoMembers) {
        String issuer = system.issuer();
        return """

                The local system is up after %d s (%d processes, %s resident: %s).

                  Gateway    %s
                  Keycloak   %s   (admin console: %s / %s)
                  Kafka      %s
                  MongoDB    %s
                  Mail       %s   (every notification; one mailbox: api/user/<address>/messages)
                  Data       %s   (logs in logs/<process>.log; delete the directory to start afresh)

                Demo users, password "demo" (realm %s, public client kokemus-demo):
                  coordinator.soite  orderer.soite  expert.soite  ngo.soite  finance.soite   Soite (keski-pohjanmaa)
                  coordinator.itu    orderer.itu    expert.itu    ngo.itu    finance.itu     Itä-Uusimaa (ita-uusimaa)
                  admin
                Service-account clients (client_credentials grant), client id / secret:
                  ngo-sync-keski / ngo-sync-keski-demo-secret   (ngo-partner, NGO ngo-keski)
                  finance-feed / finance-feed-demo-secret       (finance)

                %s

                Try it:
                  TOKEN=$(curl -s %s/protocol/openid-connect/token \\
                    -d grant_type=password -d client_id=kokemus-demo -d username=orderer.soite -d password=demo \\
                    | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                  curl -s -H "Authorization: Bearer $TOKEN" %s/api/ordering/orders
                  curl -s -H "Authorization: Bearer $TOKEN" '%s/api/registry/experts?size=5'

                Ctrl-C stops everything.
                """.formatted(
                startup.toSeconds(), system.processes().size(), megabytes(system.residentMemoryBytes()),
                perProcessMemory(system),
                system.gatewayUrl(), system.keycloakUrl(), SystemTopology.KEYCLOAK_ADMIN,
                SystemTopology.KEYCLOAK_ADMIN, system.kafkaBootstrapServers(), system.mongoUri(),
                MailServer.webUrl(system.config().ports()), system.config().dataDir(), SystemTopology.REALM,
                demoData(demoMembers), issuer, system.gatewayUrl(),
                system.gatewayUrl());
    }

    private static String demoData(int members) {
        if (members == 0) {
            return "Demo data: none (--demo-members 0); the registry holds only what you put in.";
        }
        return "Demo data: " + members + " synthetic NGO members are loading in the background now (about "
                + Math.max(1, members * 30 / 1000) + " s, progress below), unless an earlier start loaded them.";
    }

    private static String perProcessMemory(LocalSystem system) {
        return system.processes().stream()
                .map(process -> process.name() + " " + megabytes(ResidentMemory.bytes(process.tree())))
                .collect(Collectors.joining(", "));
    }

    private static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? (bytes.getAsLong() / (1024 * 1024)) + " MB" : "unmeasured";
    }
}
