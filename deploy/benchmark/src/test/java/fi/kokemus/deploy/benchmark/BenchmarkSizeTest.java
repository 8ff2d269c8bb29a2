package fi.kokemus.deploy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkSizeTest {

    @Test
    void runsInFullUnlessAskedForTheQuickCheck() {
        assertThat(BenchmarkSize.fromArguments()).isEqualTo(BenchmarkSize.FULL);
        assertThat(BenchmarkSize.FULL.syncedMembers()).isEqualTo(10_000);
        assertThat(BenchmarkSize.FULL.searches()).extracting(SearchLoad::profiles).containsExactly(10_000, 100_000);
        assertThat(BenchmarkSize.fromArguments("--small")).isEqualTo(BenchmarkSize.SMALL);
        assertThat(BenchmarkSize.fromArguments("--search").searches()).extracting(SearchLoad::profiles)
                .containsExactly(10_000, 100_000);
        assertThat(BenchmarkSize.SEARCH.syncedMembers()).isEqualTo(1_000);
        assertThat(BenchmarkSize.SMALL.searches()).extracting(SearchLoad::profiles).containsExactly(1_000, 5_000);
        assertThat(BenchmarkSize.fromArguments("--sync").syncedMembers()).isEqualTo(10_000);
        assertThat(BenchmarkSize.SYNC.searches()).isEmpty();
    }

    @Test
    void namesEverySearchPhaseWithTheRequestsItsFiguresAreBasedOn() {
        assertThat(new SearchLoad(100_000, 4, 12).phase())
                .isEqualTo("search at 100000 profiles (12 measured requests after 4 warm-up, per row)");
        assertThatThrownBy(() -> new SearchLoad(100_000, 4, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesUnknownArguments() {
        assertThatThrownBy(() -> BenchmarkSize.fromArguments("--huge"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--huge");
    }
}
