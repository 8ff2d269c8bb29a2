package fi.kokemus.registry.adapter.out.mongo;

import fi.kokemus.platform.outbox.MongoAggregateStore;
import fi.kokemus.registry.domain.Consent;
import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.PersonName;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.domain.Username;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;

/** Maps experts to and from their documents in the {@code experts} collection. */
final class ExpertDocuments {

    static final String ORGANISATION_ID = "organisationId";
    static final String EXTERNAL_ID = "externalId";
    /** Absent for an expert without an account (the store drops null fields), as the sparse unique index needs. */
    static final String USERNAME = "username";
    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String HOME_COUNTY = "homeCounty";
    static final String TOPICS = "topics";
    static final String ACTIVE = "active";

    private ExpertDocuments() {
    }

    static Document toDocument(Expert expert) {
        ExpertProfile profile = expert.profile();
        return new Document("_id", expert.id().value())
                .append(ORGANISATION_ID, expert.member().organisationId())
                .append(EXTERNAL_ID, expert.member().externalId())
                .append(USERNAME, profile.username().map(Username::value).orElse(null))
                .append(FIRST_NAME, profile.name().firstName())
                .append(LAST_NAME, profile.name().lastName())
                .append("displayName", profile.displayName())
                .append(HOME_COUNTY, profile.homeCounty().code())
                .append("municipality", profile.municipality().value())
                .append("roles", strings(profile.roles(), ExpertRole::name))
                .append(TOPICS, strings(profile.topics(), TopicCode::value))
                .append("languages", strings(profile.languages(), LanguageCode::value))
                .append("taskTypes", strings(profile.taskTypes(), TaskTypeCode::value))
                .append("feeWanted", profile.feeWanted())
                .append(ACTIVE, profile.active())
                .append("contact", contactDocument(profile.contact()))
                .append("registryConsent", new Document("givenAt", Date.from(profile.registryConsent().givenAt()))
                        .append("textVersion", profile.registryConsent().textVersion()));
    }

    static Expert toExpert(Document document) {
        Document contact = document.get("contact", Document.class);
        Document consent = document.get("registryConsent", Document.class);
        var profile = new ExpertProfile(
                Optional.ofNullable(document.getString(USERNAME)).map(Username::new),
                new PersonName(document.getString(FIRST_NAME), document.getString(LAST_NAME)),
                County.of(document.getString(HOME_COUNTY), HOME_COUNTY),
                new MunicipalityCode(document.getString("municipality")),
                values(document, "roles", ExpertRole::valueOf),
                values(document, TOPICS, TopicCode::new),
                values(document, "languages", LanguageCode::new),
                values(document, "taskTypes", TaskTypeCode::new),
                document.getBoolean("feeWanted"),
                document.getBoolean(ACTIVE),
                ContactDetails.of(contact.getString("email"), contact.getString("phone")),
                new Consent(consent.getDate("givenAt").toInstant(), consent.getString("textVersion")));
        return Expert.restore(new ExpertId(document.getString("_id")),
                new MemberReference(document.getString(ORGANISATION_ID), document.getString(EXTERNAL_ID)),
                profile, document.get(MongoAggregateStore.VERSION, Number.class).longValue());
    }

    private static Document contactDocument(ContactDetails contact) {
        Document document = new Document();
        contact.email().ifPresent(email -> document.append("email", email));
        contact.phone().ifPresent(phone -> document.append("phone", phone));
        return document;
    }

    private static <T> List<String> strings(Collection<T> values, Function<T, String> toString) {
        return values.stream().map(toString).toList();
    }

    private static <T> Set<T> values(Document document, String field, Function<String, T> parse) {
        return document.getList(field, String.class).stream().map(parse).collect(Collectors.toSet());
    }
}
