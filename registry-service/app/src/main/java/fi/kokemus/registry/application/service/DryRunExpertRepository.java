package fi.kokemus.registry.application.service;

import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.port.out.ExpertSearch;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the real registry and forgets every write: the same sync code answers what it would do. */
final class DryRunExpertRepository implements ExpertRepository {

    private final ExpertRepository experts;

    DryRunExpertRepository(ExpertRepository experts) {
        this.experts = experts;
    }

    @Override
    public void save(Expert expert) {
        // a dry run stores and announces nothing
    }

    @Override
    public Optional<ExpertId> findMergedInto(ExpertId retired) {
        return experts.findMergedInto(retired);
    }

    @Override
    public Optional<ExpertId> findMergedInto(MemberReference member) {
        return experts.findMergedInto(member);
    }

    @Override
    public List<Expert> findWithMergedMembersOf(String organisationId) {
        return experts.findWithMergedMembersOf(organisationId);
    }

    @Override
    public Optional<Expert> findById(ExpertId id) {
        return experts.findById(id);
    }

    @Override
    public Optional<Instant> findErasure(MemberReference member) {
        return experts.findErasure(member);
    }

    @Override
    public Optional<Expert> findByMember(MemberReference member) {
        return experts.findByMember(member);
    }

    @Override
    public Optional<Expert> findByUsername(Username username) {
        return experts.findByUsername(username);
    }

    @Override
    public List<Expert> findCurrentMembers(String organisationId) {
        return experts.findCurrentMembers(organisationId);
    }

    @Override
    public List<Expert> findByMatchKeys(Set<String> keys) {
        return experts.findByMatchKeys(keys);
    }

    @Override
    public SearchResult<Expert> search(ExpertSearch search, PageRequest page) {
        return experts.search(search, page);
    }
}
