package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void defaultsAreTheDocumentedPorts() {
        assertThat(Ports.defaults()).isEqualTo(new Ports(8080, 8081, 8082, 8083, 8084, 8180, 9092, 9093, 27017, 2525, 8025));
    }

    @Test
    void offsetShiftsEveryPort() {
        Ports shifted = Ports.defaults().withOffset(1000);

        assertThat(shifted).isEqualTo(new Ports(9080, 9081, 9082, 9083, 9084, 9180, 10092, 10093, 28017, 3525, 9025));
    }

    @Test
    void namesEveryListener() {
        assertThat(Ports.defaults().byName())
                .containsEntry("gateway", 8080)
                .containsEntry("kafka controller", 9093)
                .containsEntry("mongo", 27017)
                .containsEntry("mail (SMTP)", 2525)
                .hasSize(11);
    }

    @Test
    void refusesTwoListenersOnOnePort() {
        assertThatThrownBy(() -> new Ports(8080, 8080, 8082, 8083, 8084, 8180, 9092, 9093, 27017, 2525, 8025))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway and registry-service would both listen on port 8080");
    }

    @Test
    void refusesAnOffsetThatLeavesThePortRange() {
        assertThatThrownBy(() -> Ports.defaults().withOffset(40000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mongo port 67017 is outside 1..65535");
    }
}
