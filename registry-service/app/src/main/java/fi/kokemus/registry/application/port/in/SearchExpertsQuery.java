package fi.kokemus.registry.application.port.in;

import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.domain.TopicCode;
import java.util.Objects;
import java.util.Optional;

/** Filters on top of the searcher's own county; empty means "any". */
public record SearchExpertsQuery(Optional<TopicCode> topic, PageRequest page) {

    public SearchExpertsQuery {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(page, "page");
    }
}
