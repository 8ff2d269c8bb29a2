package fi.kokemus.deploy.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void encodesRepeatedSearchParameters() {
        SearchQuery query = new SearchQuery("two topics", Map.of("topic", List.of("MENTAL_HEALTH", "DEBT")));

        assertThat(query.queryString()).isEqualTo("?topic=MENTAL_HEALTH&topic=DEBT");
        assertThat(new SearchQuery("none", Map.of()).queryString()).isEmpty();
        assertThat(new SearchQuery("text", Map.of("text", List.of("å ö"))).queryString())
                .isEqualTo("?text=%C3%A5+%C3%B6");
    }
}
