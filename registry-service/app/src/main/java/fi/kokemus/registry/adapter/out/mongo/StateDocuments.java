package fi.kokemus.registry.adapter.out.mongo;

import static fi.kokemus.registry.adapter.out.mongo.BsonValues.day;
import static fi.kokemus.registry.adapter.out.mongo.BsonValues.documents;
import static fi.kokemus.registry.adapter.out.mongo.BsonValues.fromDocuments;
import static fi.kokemus.registry.adapter.out.mongo.BsonValues.optionalDay;

import fi.kokemus.registry.domain.AssignmentContract;
import fi.kokemus.registry.domain.Availability;
import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.Consents;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DatePeriod;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertState;
import fi.kokemus.registry.domain.Mentorship;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** The parts of an expert's document the expert and the counties keep: consents, availability, contracts. */
final class StateDocuments {

    static final String CONSENTS = "consents";
    static final String AVAILABILITY = "availability";
    static final String CONTRACTS = "contracts";
    static final String MEMBERSHIP_ENDED = "membershipEnded";

    private StateDocuments() {
    }

    static void append(ExpertState state, Document document) {
        document.append(CONSENTS, documents(state.consents().decisions(), StateDocuments::consent))
                .append(AVAILABILITY, availability(state.availability()))
                .append(CONTRACTS, documents(state.contracts(), StateDocuments::contract))
                .append("confidentialityCommitment", day(state.confidentialityCommitment()))
                .append("mentor", state.mentor().map(StateDocuments::mentor).orElse(null))
                .append(MEMBERSHIP_ENDED, state.membershipEnded())
                .append("preferencesOwnedByExpert", state.preferencesOwnedByExpert());
    }

    static ExpertState toState(Document document, ExpertProfile profile) {
        return new ExpertState(profile,
                Consents.restore(fromDocuments(document, CONSENTS, StateDocuments::toConsent)),
                toAvailability(document.get(AVAILABILITY, Document.class)),
                fromDocuments(document, CONTRACTS, StateDocuments::toContract),
                optionalDay(document, "confidentialityCommitment"),
                Optional.ofNullable(document.get("mentor", Document.class)).map(StateDocuments::toMentor),
                document.getBoolean(MEMBERSHIP_ENDED),
                document.getBoolean("preferencesOwnedByExpert"));
    }

    static Document consent(ConsentDecision decision) {
        return new Document("kind", decision.kind().name())
                .append("granted", decision.granted())
                .append("decidedAt", Date.from(decision.decidedAt()))
                .append("textVersion", decision.textVersion());
    }

    static ConsentDecision toConsent(Document document) {
        return new ConsentDecision(ConsentKind.valueOf(document.getString("kind")), document.getBoolean("granted"),
                document.getDate("decidedAt").toInstant(), document.getString("textVersion"));
    }

    private static Document availability(Availability availability) {
        return new Document("paused", availability.paused())
                .append("pauseReason", availability.pauseReason().orElse(null))
                .append("unavailable", documents(availability.unavailable(), StateDocuments::period));
    }

    private static Availability toAvailability(Document document) {
        return new Availability(document.getBoolean("paused"), Optional.ofNullable(document.getString("pauseReason")),
                fromDocuments(document, "unavailable", StateDocuments::toPeriod));
    }

    private static Document period(DatePeriod period) {
        return new Document("from", day(period.from())).append("until", day(period.until()));
    }

    private static DatePeriod toPeriod(Document document) {
        return new DatePeriod(day(document, "from"), day(document, "until"));
    }

    private static Document contract(AssignmentContract contract) {
        return new Document("county", contract.county().code())
                .append("validFrom", day(contract.validFrom()))
                .append("validUntil", day(contract.validUntil()));
    }

    private static AssignmentContract toContract(Document document) {
        return new AssignmentContract(County.of(document.getString("county"), "county"), day(document, "validFrom"),
                optionalDay(document, "validUntil"));
    }

    private static Document mentor(Mentorship mentorship) {
        return new Document("mentorId", mentorship.mentorId().value()).append("period", period(mentorship.period()));
    }

    private static Mentorship toMentor(Document document) {
        return new Mentorship(new ExpertId(document.getString("mentorId")),
                toPeriod(document.get("period", Document.class)));
    }
}
