package fi.kokemus.registry.application.port.out;

import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.SearchResult;
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
     * unique. An erased expert leaves a tombstone without personal data; a retired one (merged into
     * another) a tombstone with only its member reference and the record it was merged into.
     */
    void save(Expert expert);

    /** The record the expert with this id was merged into, if it was. */
    Optional<ExpertId> findMergedInto(ExpertId retired);

    /** The record the NGO's member was merged into, if it was. */
    Optional<ExpertId> findMergedInto(MemberReference member);

    /** Experts into which a member of the organisation was merged. */
    List<Expert> findWithMergedMembersOf(String organisationId);

    /** The expert, unless unknown, erased or retired. */
    Optional<Expert> findById(ExpertId id);

    /** When the NGO's member was erased, if they were. */
    Optional<Instant> findErasure(MemberReference member);

    Optional<Expert> findByMember(MemberReference member);

    Optional<Expert> findByUsername(Username username);

    /** The organisation's members whose membership has not ended, erased ones excluded. */
    List<Expert> findCurrentMembers(String organisationId);

    /** Experts having any of these {@link fi.kokemus.registry.domain.MatchKeys match keys}. */
    List<Expert> findByMatchKeys(Set<String> keys);

    /**
     * Bookable experts matching the search, in the search's order, and the facet counts over all
     * matches. Relevance is how many of the query's words are whole words of the expert's public
     * text (a word only matched as a prefix counts less); without text every match is equally
     * relevant. Ties go to the expert with fewer recent assignments ({@code workload.recentCount}
     * kept by the ordering adapter, none = 0), then last name, first name and id.
     */
    SearchResult<Expert> search(ExpertSearch search, PageRequest page);
}
