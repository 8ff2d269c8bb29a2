package fi.kokemus.feedback.application.port.out.followup;

import fi.kokemus.feedback.domain.followup.CountyExpert;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The registry's experts as the follow-up knows them; an erased one is remembered only by id and time. */
public interface CountyExpertRepository {

    /** When the record was last changed or erased, if ever. */
    Optional<Instant> lastChange(String expertId);

    void save(CountyExpert expert, Instant asOf);

    /** Forgets everything but the id and the time, so that older snapshots cannot bring the expert back. */
    void erase(String expertId, Instant asOf);

    /** Experts connected with the county (home county or a contract), erased ones left out. */
    List<CountyExpert> findConnectedWith(String county);

    List<CountyExpert> findAll(Collection<String> expertIds);
}
