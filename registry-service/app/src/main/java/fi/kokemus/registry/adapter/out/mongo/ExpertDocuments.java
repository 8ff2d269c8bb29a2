package fi.kokemus.registry.adapter.out.mongo;

import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertState;
import fi.kokemus.registry.domain.MemberReference;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * Maps experts to and from their documents in the {@code experts} collection, and writes the
 * tombstone an erased expert leaves behind.
 */
final class ExpertDocuments {

    static final String ORGANISATION_ID = "organisationId";
    static final String EXTERNAL_ID = "externalId";
    /** Absent for an expert without an account (the store drops null fields), as the sparse unique index needs. */
    static final String USERNAME = "username";
    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String HOME_COUNTY = "homeCounty";
    static final String TOPICS = "topics";
    static final String BOOKABLE = "bookable";
    static final String ERASED_AT = "erasedAt";
    /** A one-way hash of the NGO's member reference, so an erased member is not silently re-created. */
    static final String ERASED_MEMBER = "erasedMember";
    /** On a retired record: the record it was merged into. */
    static final String MERGED_INTO = "mergedInto";
    static final String MERGED_AT = "mergedAt";
    /** On a kept record: the member references of the records merged into it. */
    static final String MERGED_MEMBERS = "mergedMembers";
    static final String MERGED_MEMBER_ORGANISATION = MERGED_MEMBERS + "." + ORGANISATION_ID;

    private ExpertDocuments() {
    }

    static Document toDocument(Expert expert) {
        ExpertState state = expert.state();
        Document document = new Document("_id", expert.id().value())
                .append(ORGANISATION_ID, expert.member().organisationId())
                .append(EXTERNAL_ID, expert.member().externalId())
                .append(BOOKABLE, expert.publicProfile().active())
                .append(MERGED_MEMBERS, BsonValues.documents(expert.mergedMembers(), ExpertDocuments::member));
        ProfileDocuments.append(state.profile(), document);
        StateDocuments.append(state, document);
        document.append(SearchDocuments.SEARCH, SearchDocuments.of(expert));
        return document;
    }

    static Expert toExpert(Document document) {
        ExpertState state = StateDocuments.toState(document, ProfileDocuments.toProfile(document));
        return Expert.restore(new ExpertId(document.getString("_id")), toMember(document),
                BsonValues.fromDocuments(document, MERGED_MEMBERS, ExpertDocuments::toMember),
                state, document.get(MongoAggregateStore.VERSION, Number.class).longValue());
    }

    private static Document member(MemberReference member) {
        return new Document(ORGANISATION_ID, member.organisationId()).append(EXTERNAL_ID, member.externalId());
    }

    private static MemberReference toMember(Document document) {
        return new MemberReference(document.getString(ORGANISATION_ID), document.getString(EXTERNAL_ID));
    }

    static boolean isTombstone(Document document) {
        return document.containsKey(ERASED_AT) || document.containsKey(MERGED_INTO);
    }

    /**
     * What a record merged into another leaves: the id, the NGO's member reference (so the NGO's
     * later syncs are answered with the record kept) and the record it was merged into.
     */
    static Document retiredTombstoneOf(Expert expert, Instant mergedAt) {
        return member(expert.member())
                .append("_id", expert.id().value())
                .append(MERGED_INTO, expert.mergedInto().orElseThrow().value())
                .append(MERGED_AT, Date.from(mergedAt));
    }

    static Optional<ExpertId> mergedInto(Document document) {
        return Optional.ofNullable(document.getString(MERGED_INTO)).map(ExpertId::new);
    }

    /** What an erased expert leaves: the id, when, and the hash of the NGO's member reference. */
    static Document tombstoneOf(Expert expert, Instant erasedAt) {
        return new Document("_id", expert.id().value())
                .append(ERASED_AT, Date.from(erasedAt))
                .append(ERASED_MEMBER, memberHash(expert.member()));
    }

    static String memberHash(MemberReference member) {
        return Hashes.sha256(member.organisationId() + "/" + member.externalId());
    }
}
