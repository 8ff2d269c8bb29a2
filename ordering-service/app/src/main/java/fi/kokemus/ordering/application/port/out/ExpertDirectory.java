package fi.kokemus.ordering.application.port.out;

import fi.kokemus.ordering.domain.Expert;
import java.time.Instant;
import java.util.Optional;

/**
 * Ordering's projection of the registry's experts. Writes are conditional on {@code asOf}: what is
 * older than the stored knowledge is ignored, so replays change nothing.
 */
public interface ExpertDirectory {

    Optional<Expert> find(String expertId);

    void record(Expert expert, Instant asOf);

    /** Forgets the expert; a later-arriving older profile must not bring them back. */
    void erase(String expertId, Instant asOf);
}
