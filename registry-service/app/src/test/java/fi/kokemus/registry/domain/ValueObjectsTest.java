package fi.kokemus.registry.domain;

import static fi.kokemus.registry.domain.ProblemAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Test
    void theDisplayNameIsTheFirstNameAndTheInitialOfTheLastName() {
        assertThat(new PersonName("Aino", "Testinen").displayName()).isEqualTo("Aino T.");
        assertThat(new PersonName(" Anna-Liisa ", "östman").displayName()).isEqualTo("Anna-Liisa Ö.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Aino<script>", "1nna", "   "})
    void namesAreLettersAndPunctuationOnly(String firstName) {
        assertInvalid("firstName", () -> new PersonName(firstName, "Testinen"));
    }

    @Test
    void namesHaveALengthLimit() {
        assertInvalid("lastName", () -> new PersonName("Aino", "T".repeat(101)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"272", "091", "000"})
    void aMunicipalityIsThreeDigits(String code) {
        assertThat(new MunicipalityCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"27", "2720", "27a", " 272"})
    void otherMunicipalityCodesAreRefused(String code) {
        assertInvalid("municipality", () -> new MunicipalityCode(code));
    }

    @Test
    void theTwentyOneWellbeingServicesCountiesAndHelsinkiAreKnownBySlug() {
        assertThat(County.values()).hasSize(22);
        assertThat(County.of("keski-pohjanmaa", "homeCounty")).isEqualTo(County.KESKI_POHJANMAA);
        assertThat(County.of("ita-uusimaa", "homeCounty")).isEqualTo(County.ITA_UUSIMAA);
        assertThat(County.find("pohjois-pohjanmaa")).contains(County.POHJOIS_POHJANMAA);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Keski-Pohjanmaa", "soite", "ahvenanmaa"})
    void unknownCountiesAreRefused(String code) {
        assertInvalid("homeCounty", () -> County.of(code, "homeCounty"));
    }

    @Test
    void languagesAreIso639OneCodes() {
        assertThat(new LanguageCode("sv").value()).isEqualTo("sv");
        assertInvalid("language", () -> new LanguageCode("fin"));
        assertInvalid("language", () -> new LanguageCode("FI"));
        assertInvalid("language", () -> new LanguageCode("xx"));
    }

    @Test
    void topicAndTaskCodesAreUpperCaseCodes() {
        assertThat(new TopicCode("MENTAL_HEALTH").value()).isEqualTo("MENTAL_HEALTH");
        assertInvalid("topic", () -> new TopicCode("mental health"));
        assertInvalid("taskType", () -> new TaskTypeCode("{\"$ne\":null}"));
        assertInvalid("taskType", () -> new TaskTypeCode("A".repeat(65)));
    }

    @Test
    void expertIdsAreCanonicalUuids() {
        assertThat(new ExpertId("9D1C7A52-1F0C-4E59-8C7E-2D5F4B0C9E11").value())
                .isEqualTo("9d1c7a52-1f0c-4e59-8c7e-2d5f4b0c9e11");
        assertInvalid("id", () -> new ExpertId("1-1-1-1-1"));
        assertInvalid("id", () -> new ExpertId("not-a-uuid"));
    }

    @Test
    void usernamesAreLowerCasedAndAccountClaimsThatAreNotUsernamesFindNothing() {
        assertThat(new Username("Expert.Soite").value()).isEqualTo("expert.soite");
        assertInvalid("username", () -> new Username("a b"));
        assertThat(Username.fromToken("Expert.Soite")).contains(new Username("expert.soite"));
        assertThat(Username.fromToken(null)).isEmpty();
        assertThat(Username.fromToken("$where")).isEmpty();
    }

    @Test
    void memberReferencesCarryTheOrganisationAndItsMemberId() {
        assertThat(new MemberReference("ngo-keski", "M-1001").externalId()).isEqualTo("M-1001");
        assertInvalid("organisationId", () -> new MemberReference("NGO Keski", "M-1001"));
        assertInvalid("externalId", () -> new MemberReference("ngo-keski", "../1001"));
    }

    @Test
    void contactDetailsNeedAWayToReachThePerson() {
        assertThat(ContactDetails.of("aino@example.org", null).email()).contains("aino@example.org");
        assertThat(ContactDetails.of(null, "+358 40 000 0001").phone()).contains("+358 40 000 0001");
        assertInvalid("contact", () -> ContactDetails.of(null, null));
        assertInvalid("contact.email", () -> ContactDetails.of("aino.example.org", null));
        assertInvalid("contact.email", () -> ContactDetails.of("a".repeat(250) + "@example.org", null));
        assertInvalid("contact.phone", () -> ContactDetails.of(null, "call me"));
    }

    @Test
    void aConsentDecisionIsKeptToTheMillisecondAndCannotBeDatedInTheFuture() {
        var decision = ConsentDecision.given(ConsentKind.REGISTRY_LISTING,
                Instant.parse("2026-01-15T10:00:00.123456789Z"), "registry-v1");
        Instant now = Instant.parse("2026-11-20T08:00:00Z");

        assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2026-01-15T10:00:00.123Z"));
        assertThat(Consents.of(List.of(decision), now).granted(ConsentKind.REGISTRY_LISTING)).isTrue();
        assertInvalid("consents.decidedAt", () -> Consents.of(List.of(
                ConsentDecision.given(ConsentKind.REGISTRY_LISTING, now.plusSeconds(3600), "registry-v1")), now));
        assertInvalid("consents.textVersion",
                () -> ConsentDecision.given(ConsentKind.REGISTRY_LISTING, now, "version one"));
        assertInvalid("consents", () -> Consents.of(List.of(decision, decision), now));
    }

    @Test
    void aPauseNeedsAReasonAndPeriodsAreOrdered() {
        LocalDate day = LocalDate.parse("2026-12-01");
        var later = new DatePeriod(day.plusDays(10), day.plusDays(12));
        var earlier = new DatePeriod(day, day.plusDays(2));

        var availability = new Availability(false, Optional.empty(), List.of(later, earlier));

        assertThat(availability.unavailable()).containsExactly(earlier, later);
        assertThat(availability.availableOn(day.plusDays(1))).isFalse();
        assertThat(availability.availableOn(day.plusDays(5))).isTrue();
        assertInvalid("pauseReason", () -> new Availability(true, Optional.empty(), List.of()));
        assertInvalid("pauseReason", () -> new Availability(false, Optional.of("sick"), List.of()));
        assertInvalid("until", () -> new DatePeriod(day, day.minusDays(1)));
    }

    @Test
    void aTrainingCountsUntilItExpires() {
        LocalDate day = LocalDate.parse("2025-05-01");
        var training = new Training(TrainingType.DEVELOPER_INFLUENCER, 20, "Kokemus ry", day,
                Optional.of(day.plusYears(2)));

        assertThat(training.validOn(day.plusYears(1))).isTrue();
        assertThat(training.validOn(day.plusYears(3))).isFalse();
        assertInvalid("trainings.hours", () -> new Training(TrainingType.BASIC, 0, "Kokemus ry", day, Optional.empty()));
        assertInvalid("trainings.validUntil",
                () -> new Training(TrainingType.BASIC, 45, "Kokemus ry", day, Optional.of(day.minusDays(1))));
    }

    @Test
    void aReadPurposeIsShortPrintableText() {
        assertThat(new ReadPurpose("  order 42: choosing a lecturer ").value()).isEqualTo("order 42: choosing a lecturer");
        assertInvalid("purpose", () -> new ReadPurpose(" "));
        assertInvalid("purpose", () -> new ReadPurpose("line\nbreak"));
        assertInvalid("purpose", () -> new ReadPurpose("x".repeat(201)));
    }
}
