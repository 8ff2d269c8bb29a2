package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsInUseTest {

    @Test
    void namesTheListenerWhosePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Ports ports = portsWithMongoOn(taken.getLocalPort());

            assertThatThrownBy(() -> PortsInUse.requireFree(ports))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(taken.getLocalPort() + " (mongo)")
                    .hasMessageNotContaining("(gateway)");
        }
    }

    @Test
    void freePortsPass() throws IOException {
        Ports ports = portsWithMongoOn(ProbeTest.closedPort());

        assertThatCode(() -> PortsInUse.requireFree(ports)).doesNotThrowAnyException();
    }

    /** Closed ports found the same way as the one for mongo; a taken one only where a test puts it. */
    private static Ports portsWithMongoOn(int mongo) throws IOException {
        Set<Integer> distinct = new LinkedHashSet<>();
        while (distinct.size() < 10) {
            int port = ProbeTest.closedPort();
            if (port != mongo) {
                distinct.add(port);
            }
        }
        int[] free = distinct.stream().mapToInt(Integer::intValue).toArray();
        return new Ports(free[0], free[1], free[2], free[3], free[4], free[5], free[6], free[7], mongo, free[8],
                free[9]);
    }
}
