package fi.kokemus.ordering.application.port.in;

import fi.kokemus.ordering.domain.Expert;
import java.time.Instant;

/**
 * Keeps ordering's copy of the registry's experts. Each call carries the time of the registry
 * event it comes from, so redelivered or late events never overwrite newer knowledge.
 */
public interface UpdateExpertDirectoryUseCase {

    void recordProfile(Expert expert, Instant asOf);

    void erase(String expertId, Instant asOf);
}
