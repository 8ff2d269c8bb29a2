package fi.kokemus.registry.adapter.out.mongo;

import static fi.kokemus.registry.adapter.out.mongo.BsonValues.day;
import static fi.kokemus.registry.adapter.out.mongo.BsonValues.documents;
import static fi.kokemus.registry.adapter.out.mongo.BsonValues.fromDocuments;
import static fi.kokemus.registry.adapter.out.mongo.BsonValues.optionalDay;
import static fi.kokemus.registry.adapter.out.mongo.BsonValues.stringSet;
import static fi.kokemus.registry.adapter.out.mongo.BsonValues.strings;

import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.PersonName;
import fi.kokemus.registry.domain.Preferences;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.domain.Training;
import fi.kokemus.registry.domain.TrainingType;
import fi.kokemus.registry.domain.Username;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;

/** The NGO-maintained part of an expert's document, at its top level. */
final class ProfileDocuments {

    static final String MUNICIPALITY = "municipality";
    static final String ROLES = "roles";
    static final String OTHER_ORGANISATIONS = "otherOrganisations";
    static final String TRAININGS = "trainings";
    static final String LIFE_SITUATIONS = "lifeSituations";
    static final String DIAGNOSES = "diagnoses";
    static final String PREFERENCES = "preferences";
    static final String LANGUAGES = PREFERENCES + ".languages";
    static final String TASK_TYPES = PREFERENCES + ".taskTypes";

    private ProfileDocuments() {
    }

    static void append(ExpertProfile profile, Document document) {
        document.append(ExpertDocuments.USERNAME, profile.username().map(Username::value).orElse(null))
                .append(ExpertDocuments.FIRST_NAME, profile.name().firstName())
                .append(ExpertDocuments.LAST_NAME, profile.name().lastName())
                .append("displayName", profile.displayName())
                .append(ExpertDocuments.HOME_COUNTY, profile.homeCounty().code())
                .append(MUNICIPALITY, profile.municipality().value())
                .append(ROLES, strings(profile.roles(), ExpertRole::name))
                .append(OTHER_ORGANISATIONS, strings(profile.otherOrganisations(), Function.identity()))
                .append(TRAININGS, documents(profile.trainings(), ProfileDocuments::training))
                .append(ExpertDocuments.TOPICS, strings(profile.topics(), TopicCode::value))
                .append(LIFE_SITUATIONS, strings(profile.lifeSituations(), TopicCode::value))
                .append(DIAGNOSES, strings(profile.diagnoses(), DiagnosisCode::value))
                .append("feeWanted", profile.feeWanted())
                .append(PREFERENCES, preferences(profile.preferences()));
    }

    static ExpertProfile toProfile(Document document) {
        return new ExpertProfile(
                Optional.ofNullable(document.getString(ExpertDocuments.USERNAME)).map(Username::new),
                new PersonName(document.getString(ExpertDocuments.FIRST_NAME),
                        document.getString(ExpertDocuments.LAST_NAME)),
                County.of(document.getString(ExpertDocuments.HOME_COUNTY), ExpertDocuments.HOME_COUNTY),
                new MunicipalityCode(document.getString(MUNICIPALITY)),
                stringSet(document, ROLES, ExpertRole::valueOf),
                stringSet(document, OTHER_ORGANISATIONS, Function.identity()),
                fromDocuments(document, TRAININGS, ProfileDocuments::toTraining),
                stringSet(document, ExpertDocuments.TOPICS, TopicCode::new),
                stringSet(document, LIFE_SITUATIONS, TopicCode::new),
                stringSet(document, DIAGNOSES, DiagnosisCode::new),
                document.getBoolean("feeWanted"),
                toPreferences(document.get(PREFERENCES, Document.class)));
    }

    private static Document training(Training training) {
        return new Document("type", training.type().name())
                .append("hours", training.hours())
                .append("provider", training.provider())
                .append("completedOn", day(training.completedOn()))
                .append("validUntil", day(training.validUntil()));
    }

    private static Training toTraining(Document document) {
        return new Training(TrainingType.valueOf(document.getString("type")), document.getInteger("hours"),
                document.getString("provider"), day(document, "completedOn"), optionalDay(document, "validUntil"));
    }

    private static Document preferences(Preferences preferences) {
        Document contact = new Document();
        preferences.contact().email().ifPresent(email -> contact.append("email", email));
        preferences.contact().phone().ifPresent(phone -> contact.append("phone", phone));
        Document document = new Document("contact", contact)
                .append("languages", strings(preferences.languages(), LanguageCode::value))
                .append("taskTypes", strings(preferences.taskTypes(), TaskTypeCode::value));
        preferences.wishes().ifPresent(wishes -> document.append("wishes", wishes));
        return document;
    }

    private static Preferences toPreferences(Document document) {
        Document contact = document.get("contact", Document.class);
        return new Preferences(ContactDetails.of(contact.getString("email"), contact.getString("phone")),
                stringSet(document, "languages", LanguageCode::new),
                stringSet(document, "taskTypes", TaskTypeCode::new),
                Optional.ofNullable(document.getString("wishes")));
    }
}
