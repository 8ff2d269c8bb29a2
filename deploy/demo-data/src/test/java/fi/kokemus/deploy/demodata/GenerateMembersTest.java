package fi.kokemus.deploy.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.deploy.demodata.GenerateMembers.Options;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenerateMembersTest {

    @Test
    void readsEveryOption() {
        assertThat(Options.parse(List.of("--count", "50", "--seed", "9", "--duplicates", "0.1", "--out", "target/m")))
                .isEqualTo(new Options(50, 9, 0.1, Optional.of(Path.of("target/m"))));
    }

    @Test
    void defaultsToAThousandMembersOnStandardOutput() {
        assertThat(Options.parse(List.of()))
                .isEqualTo(new Options(1000, 1, SyntheticExperts.DEFAULT_DUPLICATE_SHARE, Optional.empty()));
    }

    @Test
    void refusesUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> Options.parse(List.of("--size", "5"))).hasMessageContaining("unknown option --size");
        assertThatThrownBy(() -> Options.parse(List.of("--count"))).hasMessageContaining("--count needs a value");
    }
}
