package fi.kokemus.registry.testing;

import fi.kokemus.registry.domain.ConsentDecision;
import fi.kokemus.registry.domain.ConsentKind;
import fi.kokemus.registry.domain.Consents;
import fi.kokemus.registry.domain.ContactDetails;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.PersonName;
import fi.kokemus.registry.domain.Preferences;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.domain.Training;
import fi.kokemus.registry.domain.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A synthetic expert's profile (Aino Testinen, Soite) with one change at a time. */
public final class ProfileBuilder {

    public static final Instant CONSENT_GIVEN_AT = Instant.parse("2026-01-15T10:00:00Z");

    private String username = "expert.soite";
    private String firstName = "Aino";
    private String lastName = "Testinen";
    private County homeCounty = County.KESKI_POHJANMAA;
    private String municipality = "272";
    private Set<ExpertRole> roles = Set.of(ExpertRole.EXPERT_BY_EXPERIENCE);
    private Set<String> topics = Set.of("MENTAL_HEALTH");
    private Set<String> lifeSituations = Set.of();
    private Set<String> otherOrganisations = Set.of();
    private List<Training> trainings = List.of();
    private Set<String> diagnoses = Set.of();
    private Set<String> languages = Set.of("fi");
    private Set<String> taskTypes = Set.of("CLIENT_SUPPORT");
    private boolean feeWanted = true;
    private String email = "aino.testinen@example.org";
    private String phone = "+358 40 000 0001";
    private List<ConsentDecision> consents =
            List.of(ConsentDecision.given(ConsentKind.REGISTRY_LISTING, CONSENT_GIVEN_AT, "registry-v1"));

    private ProfileBuilder() {
    }

    public static ProfileBuilder aProfile() {
        return new ProfileBuilder();
    }

    public ProfileBuilder username(String value) {
        username = value;
        return this;
    }

    public ProfileBuilder name(String first, String last) {
        firstName = first;
        lastName = last;
        return this;
    }

    public ProfileBuilder homeCounty(County value) {
        homeCounty = value;
        return this;
    }

    public ProfileBuilder municipality(String value) {
        municipality = value;
        return this;
    }

    public ProfileBuilder roles(ExpertRole... values) {
        roles = Set.of(values);
        return this;
    }

    public ProfileBuilder topics(String... values) {
        topics = Set.of(values);
        return this;
    }

    public ProfileBuilder lifeSituations(String... values) {
        lifeSituations = Set.of(values);
        return this;
    }

    public ProfileBuilder otherOrganisations(String... values) {
        otherOrganisations = Set.of(values);
        return this;
    }

    public ProfileBuilder trainings(Training... values) {
        trainings = List.of(values);
        return this;
    }

    public ProfileBuilder diagnoses(String... values) {
        diagnoses = Set.of(values);
        return this;
    }

    public ProfileBuilder languages(String... values) {
        languages = Set.of(values);
        return this;
    }

    public ProfileBuilder taskTypes(String... values) {
        taskTypes = Set.of(values);
        return this;
    }

    public ProfileBuilder feeWanted(boolean value) {
        feeWanted = value;
        return this;
    }

    public ProfileBuilder contact(String emailValue, String phoneValue) {
        email = emailValue;
        phone = phoneValue;
        return this;
    }

    /** The consent decisions the NGO sends with the profile; by default the registry listing only. */
    public ProfileBuilder consents(ConsentDecision... values) {
        consents = List.of(values);
        return this;
    }

    public ExpertProfile build() {
        return new ExpertProfile(Optional.ofNullable(username).map(Username::new), new PersonName(firstName, lastName),
                homeCounty, new MunicipalityCode(municipality), roles, otherOrganisations, trainings,
                codes(topics, TopicCode::new), codes(lifeSituations, TopicCode::new), codes(diagnoses, DiagnosisCode::new), feeWanted,
                new Preferences(ContactDetails.of(email, phone), codes(languages, LanguageCode::new),
                        codes(taskTypes, TaskTypeCode::new), Optional.empty()));
    }

    /** A new expert with this profile and these consents, as the NGO's first sync registers them. */
    public Expert register(MemberReference member) {
        return Expert.register(ExpertId.random(), member, build(), consentsAsGiven());
    }

    public List<ConsentDecision> consentDecisions() {
        return consents;
    }

    public Consents consentsAsGiven() {
        return Consents.restore(consents);
    }

    private static <T> Set<T> codes(Set<String> values, Function<String, T> parse) {
        return values.stream().map(parse).collect(Collectors.toSet());
    }
}
