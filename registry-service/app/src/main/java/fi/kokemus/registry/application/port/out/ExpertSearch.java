package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.TopicCode;
import java.util.Objects;
import java.util.Optional;

/** Which experts a search matches. */
public record ExpertSearch(County homeCounty, Optional<TopicCode> topic, boolean activeOnly) {

    public ExpertSearch {
        Objects.requireNonNull(homeCounty, "homeCounty");
        Objects.requireNonNull(topic, "topic");
    }
}
