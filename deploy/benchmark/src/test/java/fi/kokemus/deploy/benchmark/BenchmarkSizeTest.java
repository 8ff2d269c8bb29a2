package fi.kokemus.deploy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkSizeTest {

    @Test
    void runsInFullUnlessAskedForTheQuickCheck() {
        assertThat(BenchmarkSize.fromArguments()).isEqualTo(BenchmarkSize.FULL);
        assertThat(BenchmarkSize.FULL.syncedMembers()).isEqualTo(10_000);
        assertThat(BenchmarkSize.FULL.searchedProfiles()).isEqualTo(List.of(10_000, 100_000));
        assertThat(BenchmarkSize.FULL.largestProfileCount()).isEqualTo(100_000);
        assertThat(BenchmarkSize.fromArguments("--small")).isEqualTo(BenchmarkSize.SMALL);
        assertThat(BenchmarkSize.SMALL.largestProfileCount()).isEqualTo(5_000);
    }

    @Test
    void refusesUnknownArguments() {
        assertThatThrownBy(() -> BenchmarkSize.fromArguments("--huge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--huge");
    }
}
