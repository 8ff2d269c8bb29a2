package fi.kokemus.deploy.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MongoServerOptionsTest {

    @Test
    void defaultsToTheMongoPortOnLoopback() {
        assertThat(MongoServerOptions.parse("--data-dir", "run/mongo"))
                .isEqualTo(new MongoServerOptions(Path.of("run/mongo").toAbsolutePath(), "127.0.0.1", 27017));
    }

    @Test
    void takesPortAndHostFromTheCommandLine() {
        assertThat(MongoServerOptions.parse("--port", "0", "--host", "localhost", "--data-dir", "/tmp/m"))
                .isEqualTo(new MongoServerOptions(Path.of("/tmp/m"), "localhost", 0));
    }

    @Test
    void refusesAMissingDataDirAndUnknownOptions() {
        assertThatThrownBy(() -> MongoServerOptions.parse("--port", "27017"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--data-dir");
        assertThatThrownBy(() -> MongoServerOptions.parse("--data-dir", "d", "--replica-set", "rs0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--replica-set");
    }
}
