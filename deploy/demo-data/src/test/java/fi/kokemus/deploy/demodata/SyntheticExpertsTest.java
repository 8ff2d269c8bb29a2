package fi.kokemus.deploy.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticExpertsTest {

    private static final int MANY = 10_000;
    private static final List<SyntheticMember> MEMBERS = new SyntheticExperts(42).members(MANY).toList();
    private static final Set<String> UUSIMAA =
            Set.of("helsinki", "ita-uusimaa", "keski-uusimaa", "lansi-uusimaa", "vantaa-kerava");

    @Test
    void theSameSeedGivesTheSameMembers() {
        SyntheticExperts experts = new SyntheticExperts(7);

        assertThat(experts.members(300).toList())
                .isEqualTo(new SyntheticExperts(7).members(300).toList())
                .isEqualTo(experts.members(300).toList())
                .isNotEqualTo(new SyntheticExperts(8).members(300).toList());
    }

    @Test
    void aLongerRunStartsWithTheShorterOne() {
        assertThat(new SyntheticExperts(42).members(100).toList()).isEqualTo(MEMBERS.subList(0, 100));
    }

    @Test
    void givesTheCountAskedForUnderUniqueKeys() {
        assertThat(MEMBERS).hasSize(MANY);
        assertThat(MEMBERS.stream().map(member -> member.organisationId() + "/" + member.externalId()).distinct())
                .hasSize(MANY);
        List<String> usernames = MEMBERS.stream().map(member -> member.member().username())
                .filter(Objects::nonNull).toList();
        assertThat(usernames).doesNotHaveDuplicates();
        assertThat(usernames.size() / (double) MANY).isCloseTo(0.30, within(0.03));
        assertThat(MEMBERS.get(0).externalId()).isEqualTo("M-000001");
    }

    @Test
    void everyMemberPassesTheRegistrysChecks() {
        RegistryRules rules = new RegistryRules();

        MEMBERS.forEach(rules::check);
    }

    @Test
    void countiesAreWeightedByResidents() {
        assertThat(share(member -> UUSIMAA.contains(member.member().homeCounty()))).isCloseTo(0.314, within(0.02));
        assertThat(share(member -> member.member().homeCounty().equals("kainuu"))).isCloseTo(0.013, within(0.004));
        assertThat(share(member -> member.member().homeCounty().equals("pirkanmaa"))).isCloseTo(0.096, within(0.01));
    }

    @Test
    void membersMostlyBelongToAnOrganisationOfTheirCounty() {
        Organisations organisations = ReferenceData.loaded().organisations();

        assertThat(share(member -> organisations.serving(member.member().homeCounty())
                .contains(member.organisationId()))).isCloseTo(0.91, within(0.02));
        assertThat(share(member -> !member.member().otherOrganisations().isEmpty())).isCloseTo(0.10, within(0.015));
    }

    @Test
    void theDemoRealmsOrganisationsHaveMembersInTheirCounties() {
        Map<String, Set<String>> counties = MEMBERS.stream().collect(Collectors.groupingBy(
                SyntheticMember::organisationId, Collectors.mapping(member -> member.member().homeCounty(),
                        Collectors.toSet())));

        assertThat(SyntheticExperts.organisations()).hasSizeBetween(30, 40)
                .contains("ngo-keski", "ngo-ita", "mielenterveys-keski");
        assertThat(counties.get("ngo-keski")).contains("keski-pohjanmaa");
        assertThat(counties.get("ngo-ita")).contains("ita-uusimaa");
        assertThat(counties.get("mielenterveys-keski")).contains("keski-pohjanmaa");
        assertThat(counties.keySet()).containsExactlyInAnyOrderElementsOf(SyntheticExperts.organisations());
    }

    @Test
    void swedishIsSpokenWhereItIsAndEnglishAsAnExtra() {
        assertThat(share(member -> member.member().languages().contains("sv"))).isCloseTo(0.047, within(0.01));
        assertThat(share(member -> member.member().languages().contains("en"))).isCloseTo(0.20, within(0.02));
        assertThat(share(member -> member.member().languages().contains("fi"))).isGreaterThan(0.9);
        assertThat(MEMBERS.stream().filter(member -> member.member().homeCounty().equals("pohjanmaa"))
                .filter(member -> member.member().languages().contains("sv")).count())
                .isGreaterThan(MEMBERS.stream().filter(member -> member.member().homeCounty().equals("pirkanmaa"))
                        .filter(member -> member.member().languages().contains("sv")).count() * 10);
    }

    @Test
    void consentsAreSharedAsAtNgos() {
        assertThat(share(member -> RegistryRules.granted(member.member(), Member.DISCLOSURE_OUTSIDE_COUNTY)))
                .isCloseTo(0.40, within(0.02));
        assertThat(share(member -> RegistryRules.granted(member.member(), Member.PHOTOS_AND_SOCIAL_MEDIA)))
                .isCloseTo(0.50, within(0.02));
        assertThat(share(member -> RegistryRules.granted(member.member(), Member.SENSITIVE_DATA)))
                .isCloseTo(0.25, within(0.02));
        assertThat(share(member -> !member.member().diagnoses().isEmpty())).isBetween(0.10, 0.25);
    }

    @Test
    void mentalHealthAndSubstanceUseAreTheCommonestTopics() {
        Map<String, Long> topics = MEMBERS.stream().flatMap(member -> member.member().topics().stream())
                .collect(Collectors.groupingBy(topic -> topic, Collectors.counting()));
        List<String> commonest = topics.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(2).map(Map.Entry::getKey).toList();

        assertThat(commonest).containsExactly("MENTAL_HEALTH", "SUBSTANCE_USE");
    }

    @Test
    void peerSupportersOnlyWantNoFeeAndOthersMostlyDo() {
        assertThat(share(member -> member.member().roles().equals(Set.of(Member.PEER_SUPPORTER)))).isGreaterThan(0.05);
        assertThat(share(member -> member.member().feeWanted())).isBetween(0.6, 0.85);
    }

    @Test
    void aShareOfPeopleIsKeptByTwoOrganisations() {
        assertThat(duplicates(MEMBERS) / (double) MANY).isCloseTo(0.03, within(0.006));
        assertThat(duplicates(new SyntheticExperts(42, 0.10).members(MANY).toList()) / (double) MANY)
                .isCloseTo(0.10, within(0.01));
        assertThat(duplicates(new SyntheticExperts(42, 0).members(MANY).toList())).isZero();
    }

    @Test
    void aDuplicateIsTheSamePersonUnderAnotherOrganisation() {
        Map<String, List<SyntheticMember>> byEmail = MEMBERS.stream().filter(member -> member.member().contact().email() != null)
                .collect(Collectors.groupingBy(member -> member.member().contact().email()));
        List<List<SyntheticMember>> pairs = byEmail.values().stream().filter(same -> same.size() > 1).toList();

        assertThat(pairs).isNotEmpty().allSatisfy(pair -> {
            assertThat(pair).hasSize(2);
            SyntheticMember original = pair.get(0);
            SyntheticMember duplicate = pair.get(1);
            assertThat(duplicate.organisationId()).isNotEqualTo(original.organisationId());
            assertThat(duplicate.member().firstName()).isEqualTo(original.member().firstName());
            assertThat(duplicate.member().lastName()).isEqualTo(original.member().lastName());
            assertThat(duplicate.member().contact()).isEqualTo(original.member().contact());
            assertThat(duplicate.member().username()).isNull();
        });
    }

    @Test
    void refusesImpossibleDuplicateSharesAndCounts() {
        assertThatThrownBy(() -> new SyntheticExperts(1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticExperts(1, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticExperts(1).members(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double share(Predicate<SyntheticMember> condition) {
        return MEMBERS.stream().filter(condition).count() / (double) MANY;
    }

    /** Records beyond the first of each person; a person is their name and contact details. */
    private static long duplicates(List<SyntheticMember> members) {
        long people = members.stream().map(member -> List.of(member.member().firstName(), member.member().lastName(),
                String.valueOf(member.member().contact()))).distinct().count();
        return members.size() - people;
    }
}
