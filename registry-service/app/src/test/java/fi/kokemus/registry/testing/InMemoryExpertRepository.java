package fi.kokemus.registry.testing;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.port.out.ExpertSearch;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertEvent;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertState;
import fi.kokemus.registry.domain.MatchKeys;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The expert repository in memory, with the same uniqueness and version rules as the Mongo adapter. */
public class InMemoryExpertRepository implements ExpertRepository {

    private record Stored(ExpertId id, MemberReference member, List<MemberReference> mergedMembers,
            ExpertState state, long version) {

        Expert restore() {
            return Expert.restore(id, member, mergedMembers, state, version);
        }

        ExpertProfile profile() {
            return state.profile();
        }
    }

    private final Map<ExpertId, Stored> experts = new LinkedHashMap<>();
    private final Map<MemberReference, Instant> erasures = new HashMap<>();
    private final Map<MemberReference, ExpertId> retiredMembers = new HashMap<>();
    private final Map<ExpertId, ExpertId> retired = new HashMap<>();
    private final List<ExpertEvent> events = new ArrayList<>();
    private final Map<ExpertId, Integer> recentAssignments = new HashMap<>();
    private final Clock clock;

    /** Erasures are stamped with {@code clock}. */
    public InMemoryExpertRepository(Clock clock) {
        this.clock = clock;
    }

    public InMemoryExpertRepository() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized void save(Expert expert) {
        Stored current = experts.get(expert.id());
        if (expert.isNew() ? current != null : current == null || current.version() != expert.version()) {
            throw DomainProblem.conflict(expert.isNew() ? "already-exists" : "concurrent-update",
                    "The record " + expert.id() + " was changed by someone else");
        }
        boolean clash = experts.values().stream()
                .filter(other -> !other.id().equals(expert.id()))
                .anyMatch(other -> other.member().equals(expert.member())
                        || other.profile().username().isPresent()
                        && other.profile().username().equals(expert.profile().username()));
        if (clash || expert.isNew() && retiredMembers.containsKey(expert.member())) {
            throw DomainProblem.conflict("duplicate-expert", "Another expert has this member id or username");
        }
        if (expert.isRetired()) {
            experts.remove(expert.id());
            recentAssignments.remove(expert.id());
            retiredMembers.put(expert.member(), expert.mergedInto().orElseThrow());
            retired.put(expert.id(), expert.mergedInto().orElseThrow());
        } else if (expert.isErased()) {
            retired.entrySet().removeIf(merge -> {
                boolean intoErased = merge.getValue().equals(expert.id());
                if (intoErased) {
                    events.add(new ExpertEvent.Erased(merge.getKey(), expert.profile().homeCounty()));
                }
                return intoErased;
            });
            expert.mergedMembers().forEach(merged -> {
                retiredMembers.remove(merged);
                erasures.put(merged, clock.instant());
            });
            experts.remove(expert.id());
            recentAssignments.remove(expert.id());
            erasures.put(expert.member(), clock.instant());
        } else {
            experts.put(expert.id(), new Stored(expert.id(), expert.member(), expert.mergedMembers(), expert.state(),
                    expert.version() + 1));
        }
        events.addAll(expert.pendingEvents());
    }

    @Override
    public synchronized Optional<ExpertId> findMergedInto(ExpertId retiredId) {
        return Optional.ofNullable(retired.get(retiredId));
    }

    @Override
    public synchronized Optional<ExpertId> findMergedInto(MemberReference member) {
        return Optional.ofNullable(retiredMembers.get(member));
    }

    @Override
    public synchronized List<Expert> findWithMergedMembersOf(String organisationId) {
        return experts.values().stream()
                .filter(stored -> stored.mergedMembers().stream()
                        .anyMatch(merged -> merged.organisationId().equals(organisationId)))
                .map(Stored::restore)
                .toList();
    }

    @Override
    public synchronized Optional<Expert> findById(ExpertId id) {
        return Optional.ofNullable(experts.get(id)).map(Stored::restore);
    }

    @Override
    public synchronized Optional<Instant> findErasure(MemberReference member) {
        return Optional.ofNullable(erasures.get(member));
    }

    @Override
    public synchronized Optional<Expert> findByMember(MemberReference member) {
        return findFirst(stored -> stored.member().equals(member));
    }

    @Override
    public synchronized Optional<Expert> findByUsername(Username username) {
        return findFirst(stored -> stored.profile().username().equals(Optional.of(username)));
    }

    @Override
    public synchronized List<Expert> findCurrentMembers(String organisationId) {
        return experts.values().stream()
                .filter(stored -> stored.member().organisationId().equals(organisationId))
                .filter(stored -> !stored.state().membershipEnded())
                .map(Stored::restore)
                .toList();
    }

    @Override
    public synchronized List<Expert> findByMatchKeys(Set<String> keys) {
        return experts.values().stream()
                .filter(stored -> MatchKeys.of(stored.profile()).stream().anyMatch(keys::contains))
                .map(Stored::restore)
                .toList();
    }

    @Override
    public synchronized SearchResult<Expert> search(ExpertSearch search, PageRequest page) {
        return new InMemoryExpertSearch(search, expert -> recentAssignments.getOrDefault(expert.id(), 0))
                .run(experts.values().stream().map(Stored::restore).toList(), page);
    }

    /** What ordering's events would have counted as the expert's recent accepted assignments. */
    public synchronized void recordRecentAssignments(ExpertId id, int count) {
        recentAssignments.put(id, count);
    }

    /** Every event saved so far, oldest first: what the outbox would have published. */
    public synchronized List<ExpertEvent> savedEvents() {
        return List.copyOf(events);
    }

    public synchronized void clear() {
        experts.clear();
        erasures.clear();
        retiredMembers.clear();
        retired.clear();
        events.clear();
        recentAssignments.clear();
    }

    private Optional<Expert> findFirst(Predicate<Stored> matching) {
        return experts.values().stream().filter(matching).findFirst().map(Stored::restore);
    }
}
