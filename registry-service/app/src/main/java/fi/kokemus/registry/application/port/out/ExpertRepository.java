package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where experts are kept. */
public interface ExpertRepository {

    /**
     * Stores the expert and its pending events in one atomic write: a new expert is inserted, a
     * restored one is updated only if still at the version it was read at, otherwise the write is
     * refused as a {@code concurrent-update} conflict. (Organisation, member id) and username are
     * unique. An erased expert leaves a tombstone without personal data.
     */
    void save(Expert expert);

    /** The expert, unless unknown or erased. */
    Optional<Expert> findById(ExpertId id);

    /** When the NGO's member was erased, if they were. */
    Optional<Instant> findErasure(MemberReference member);

    Optional<Expert> findByMember(MemberReference member);

    Optional<Expert> findByUsername(Username username);

    /** The organisation's members whose membership has not ended, erased ones excluded. */
    List<Expert> findCurrentMembers(String organisationId);

    /** Experts having any of these {@link fi.kokemus.registry.domain.MatchKeys match keys}. */
    List<Expert> findByMatchKeys(Set<String> keys);

    /** Matching experts ordered by last name, first name and id. */
    ResultPage<Expert> search(ExpertSearch search, PageRequest page);
}
