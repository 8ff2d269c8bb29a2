package fi.kokemus.ordering.application.port.out;

import fi.kokemus.ordering.domain.Expert;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Ordering's projection of the registry's experts. Writes are conditional on {@code asOf}: what is
 * older than the stored knowledge is ignored, so replays change nothing.
 */
public interface ExpertDirectory {

    Optional<Expert> find(String expertId);

    /**
     * Active experts with a contract with {@code county}, in {@code role}, willing to do
     * {@code taskType} and speaking {@code language}; with {@code topic} too unless it is {@code null}.
     */
    List<Expert> search(String county, String role, String taskType, String language, String topic);

    void record(Expert expert, Instant asOf);

    /** Forgets the expert; a later-arriving older profile must not bring them back. */
    void erase(String expertId, Instant asOf);
}
