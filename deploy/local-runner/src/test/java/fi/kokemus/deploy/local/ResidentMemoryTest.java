package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void measuresThisJvm() {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "resident memory is read from /proc");

        OptionalLong bytes = ResidentMemory.bytes(List.of(ProcessHandle.current()));

        assertThat(bytes).isPresent();
        assertThat(bytes.getAsLong()).isBetween(10L << 20, 8L << 30);
    }

    @Test
    void aProcessThatIsGoneCannotBeMeasured() {
        assertThat(ResidentMemory.bytes(Long.MAX_VALUE)).isEmpty();
    }
}
