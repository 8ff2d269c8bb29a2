package fi.kokemus.deploy.local;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Refuses to start when something already listens on a port of the system: a probe would otherwise find
 * that other process ready and the system would silently talk to it.
 */
final class PortsInUse {

    private PortsInUse() {
    }

    static void requireFree(Ports ports) {
        List<String> busy = ports.byName().entrySet().stream()
                .filter(entry -> new Probe.TcpPort(SystemTopology.HOST, entry.getValue()).isReady())
                .map(PortsInUse::describe)
                .toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports already in use (is another local system running? "
                    + "`ss -ltnp` shows by whom):" + busy.stream().map(line -> "\n  " + line).collect(Collectors.joining()));
        }
    }

    private static String describe(Map.Entry<String, Integer> entry) {
        return entry.getValue() + " (" + entry.getKey() + ")";
    }
}
