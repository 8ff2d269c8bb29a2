package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalSystemConfigTest {

    private final LocalSystemConfig defaults = LocalSystemConfig.defaults(Path.of("/project"), Path.of("/project/.run"));

    @Test
    void defaultsUseTheDocumentedPortsAndTheCurrentJava() {
        assertThat(defaults.ports()).isEqualTo(Ports.defaults());
        assertThat(defaults.javaExecutable()).isAbsolute();
        assertThat(Files.isExecutable(defaults.javaExecutable())).isTrue();
        assertThat(defaults.startupTimeout()).isEqualTo(LocalSystemConfig.DEFAULT_STARTUP_TIMEOUT);
        assertThat(defaults.logDir()).isEqualTo(Path.of("/project/.run/logs"));
    }

    @Test
    void relativeDirectoriesBecomeAbsolute() {
        LocalSystemConfig config = LocalSystemConfig.defaults(Path.of("."), Path.of("data/../run"));

        assertThat(config.projectRoot()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(config.dataDir()).isEqualTo(Path.of("run").toAbsolutePath());
    }

    @Test
    void portOffsetKeepsEverythingElse() {
        LocalSystemConfig shifted = defaults.withPortOffset(100);

        assertThat(shifted.ports()).isEqualTo(Ports.defaults().withOffset(100));
        assertThat(shifted.dataDir()).isEqualTo(defaults.dataDir());
        assertThat(shifted.javaExecutable()).isEqualTo(defaults.javaExecutable());
        assertThat(shifted.mongoJvmOptions()).isEqualTo(LocalSystemConfig.DEFAULT_MONGO_JVM_OPTIONS);
    }

    @Test
    void theWireServerCanGetAHeapOfItsOwnWhileTheRestStaysAsItWas() {
        LocalSystemConfig large = defaults.withPortOffset(400).withMongoJvmOptions(List.of("-Xmx6g"));

        assertThat(large.mongoJvmOptions()).containsExactly("-Xmx6g");
        assertThat(large.ports()).isEqualTo(Ports.defaults().withOffset(400));
        assertThat(SystemTopology.components(large).stream().filter(component -> component.name().equals("mongo"))
                .findFirst().orElseThrow().launch().command(Path.of("java"))).contains("-Xmx6g")
                .doesNotContain("-Xmx1g");
    }

    @Test
    void refusesANonPositiveStartupTimeout() {
        assertThatThrownBy(() -> defaults.withStartupTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startupTimeout");
    }
}
