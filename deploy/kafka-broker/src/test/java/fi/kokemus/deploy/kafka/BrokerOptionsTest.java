package fi.kokemus.deploy.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BrokerOptionsTest {

    @Test
    void defaultsToTheLocalPortsOnLoopback() {
        BrokerOptions options = BrokerOptions.parse("--data-dir", "run/kafka");

        assertThat(options).isEqualTo(new BrokerOptions(Path.of("run/kafka").toAbsolutePath(), "127.0.0.1", 9092, 9093));
        assertThat(options.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void takesPortsAndHostFromTheCommandLine() {
        assertThat(BrokerOptions.parse("--port", "19092", "--controller-port", "19093", "--host", "localhost",
                "--data-dir", "/tmp/k"))
                .isEqualTo(new BrokerOptions(Path.of("/tmp/k"), "localhost", 19092, 19093));
    }

    @Test
    void refusesAMissingDataDirAndUnknownOptions() {
        assertThatThrownBy(() -> BrokerOptions.parse("--port", "9092"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--data-dir");
        assertThatThrownBy(() -> BrokerOptions.parse("--data-dir", "d", "--partitions", "3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--partitions");
        assertThatThrownBy(() -> BrokerOptions.parse("--data-dir"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
