package fi.kokemus.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.platform.outbox.OutboxMessage;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.port.out.ExpertSearch;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertEvent;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MatchKeys;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Experts as one document each, their pending events in the document's outbox. */
public class MongoExpertRepository implements ExpertRepository {

    public static final String COLLECTION = "experts";

    private final MongoAggregateStore store;
    private final ExpertEventMessages messages;
    private final Clock clock;
    private final MongoExpertSearch searches;
    private final MongoPersonKeys personKeys;

    public MongoExpertRepository(MongoDatabase database, EventWriter writer, Clock clock) {
        MongoCollection<Document> collection = database.getCollection(COLLECTION);
        createIndexes(collection);
        MongoExpertSearch.createIndexes(collection);
        this.store = new MongoAggregateStore(collection);
        this.searches = new MongoExpertSearch(collection);
        this.personKeys = new MongoPersonKeys(database);
        this.messages = new ExpertEventMessages(writer);
        this.clock = clock;
    }

    private static void createIndexes(MongoCollection<Document> collection) {
        collection.createIndex(Indexes.ascending(ExpertDocuments.ORGANISATION_ID, ExpertDocuments.EXTERNAL_ID),
                new IndexOptions().unique(true).sparse(true).name("member"));
        // Unique, so the wire server looks an erasure up by index rather than by scanning every expert.
        collection.createIndex(Indexes.ascending(ExpertDocuments.ERASED_MEMBER),
                new IndexOptions().unique(true).sparse(true).name("erased_member"));
        collection.createIndex(Indexes.ascending(ExpertDocuments.MERGED_MEMBER_ORGANISATION),
                new IndexOptions().sparse(true).name("merged_members"));
        collection.createIndex(Indexes.ascending(ExpertDocuments.USERNAME),
                new IndexOptions().unique(true).sparse(true).name("username"));
        collection.createIndex(Indexes.ascending(ExpertDocuments.HOME_COUNTY, ExpertDocuments.BOOKABLE,
                ExpertDocuments.LAST_NAME, ExpertDocuments.FIRST_NAME), new IndexOptions().name("county_search"));
    }

    @Override
    public void save(Expert expert) {
        Document state = expert.isRetired() ? ExpertDocuments.retiredTombstoneOf(expert, clock.instant())
                : expert.isErased() ? ExpertDocuments.tombstoneOf(expert, clock.instant())
                : ExpertDocuments.toDocument(expert);
        List<OutboxMessage> events = messages.toMessages(expert.isErased()
                ? expert.pendingEvents().stream().filter(ExpertEvent.Erased.class::isInstance).toList()
                : expert.pendingEvents());
        try {
            write(expert, state, events);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw DomainProblem.conflict("duplicate-expert",
                        "Another expert record already has this member id or username");
            }
            throw e;
        }
    }

    private void write(Expert expert, Document state, List<OutboxMessage> events) {
        if (expert.isNew()) {
            store.insert(state, events);
            personKeys.record(expert);
        } else if (expert.isErased()) {
            // First, so a retried erasure still finds them: the members merged into the person are erased too.
            expert.mergedMembers().forEach(merged -> eraseRetired(expert, merged));
            forgetEarlierErasure(state.getString(ExpertDocuments.ERASED_MEMBER));
            // Events not yet published still carry the person's public profile: only the erasure goes out.
            store.replaceDiscardingUnpublished(expert.id().value(), expert.version(), state, events);
            personKeys.forget(expert);
        } else if (expert.isRetired()) {
            // As in an erasure, unpublished events carrying the profile go; the retirement's own event stays.
            store.replaceDiscardingUnpublished(expert.id().value(), expert.version(), state, events);
            personKeys.forget(expert);
        } else {
            store.update(expert.id().value(), expert.version(), state, events);
            personKeys.record(expert);
        }
    }

    /** A member erased before keeps one marker: the newest erasure. */
    private void forgetEarlierErasure(String memberHash) {
        store.collection().updateMany(eq(ExpertDocuments.ERASED_MEMBER, memberHash),
                Updates.unset(ExpertDocuments.ERASED_MEMBER));
    }

    /**
     * The record of a member merged into an erased person becomes an erasure marker too, and the
     * other services hear that its id was erased: its last public profile is the person's.
     */
    private void eraseRetired(Expert kept, MemberReference merged) {
        Document retired = store.collection().find(memberFilter(merged)).first();
        if (retired == null || ExpertDocuments.mergedInto(retired).filter(kept.id()::equals).isEmpty()) {
            return;
        }
        String memberHash = ExpertDocuments.memberHash(merged);
        forgetEarlierErasure(memberHash);
        ExpertId retiredId = new ExpertId(retired.getString("_id"));
        store.replaceDiscardingUnpublished(retiredId.value(),
                retired.get(MongoAggregateStore.VERSION, Number.class).longValue(),
                new Document(ExpertDocuments.ERASED_AT, Date.from(clock.instant()))
                        .append(ExpertDocuments.ERASED_MEMBER, memberHash),
                messages.toMessages(List.of(new ExpertEvent.Erased(retiredId, kept.profile().homeCounty()))));
    }

    @Override
    public Optional<Expert> findById(ExpertId id) {
        return store.find(id.value()).filter(document -> !ExpertDocuments.isTombstone(document))
                .map(ExpertDocuments::toExpert);
    }

    @Override
    public Optional<ExpertId> findMergedInto(ExpertId retired) {
        return store.find(retired.value()).flatMap(ExpertDocuments::mergedInto);
    }

    @Override
    public Optional<ExpertId> findMergedInto(MemberReference member) {
        return Optional.ofNullable(store.collection().find(memberFilter(member)).first())
                .flatMap(ExpertDocuments::mergedInto);
    }

    @Override
    public List<Expert> findWithMergedMembersOf(String organisationId) {
        return store.collection().find(eq(ExpertDocuments.MERGED_MEMBER_ORGANISATION, organisationId))
                .map(ExpertDocuments::toExpert)
                .into(new ArrayList<>());
    }

    @Override
    public Optional<Instant> findErasure(MemberReference member) {
        return Optional.ofNullable(store.collection()
                        .find(eq(ExpertDocuments.ERASED_MEMBER, ExpertDocuments.memberHash(member))).first())
                .map(document -> document.getDate(ExpertDocuments.ERASED_AT).toInstant());
    }

    @Override
    public Optional<Expert> findByMember(MemberReference member) {
        // A plain document rather than $and: the wire server then answers from the unique index.
        return findOne(memberFilter(member));
    }

    private static Document memberFilter(MemberReference member) {
        return new Document(ExpertDocuments.ORGANISATION_ID, member.organisationId())
                .append(ExpertDocuments.EXTERNAL_ID, member.externalId());
    }

    @Override
    public Optional<Expert> findByUsername(Username username) {
        return findOne(eq(ExpertDocuments.USERNAME, username.value()));
    }

    @Override
    public List<Expert> findCurrentMembers(String organisationId) {
        return store.collection()
                .find(and(eq(ExpertDocuments.ORGANISATION_ID, organisationId), ne(StateDocuments.MEMBERSHIP_ENDED, true),
                        exists(ExpertDocuments.MERGED_INTO, false)))
                .map(ExpertDocuments::toExpert)
                .into(new ArrayList<>());
    }

    @Override
    public List<Expert> findByMatchKeys(Set<String> keys) {
        return store.collection().find(in("_id", personKeys.expertIds(keys))).into(new ArrayList<>()).stream()
                .filter(document -> !ExpertDocuments.isTombstone(document))
                .map(ExpertDocuments::toExpert)
                .filter(expert -> MatchKeys.of(expert.profile()).stream().anyMatch(keys::contains))
                .toList();
    }

    @Override
    public SearchResult<Expert> search(ExpertSearch search, PageRequest page) {
        return searches.search(search, page);
    }

    private Optional<Expert> findOne(Bson filter) {
        return Optional.ofNullable(store.collection().find(filter).first())
                .filter(document -> !ExpertDocuments.isTombstone(document))
                .map(ExpertDocuments::toExpert);
    }
}
