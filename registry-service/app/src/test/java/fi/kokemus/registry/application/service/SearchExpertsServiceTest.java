package fi.kokemus.registry.application.service;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.application.port.in.SearchExpertsQuery;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertProfile;
import fi.kokemus.registry.domain.MemberReference;
import fi.kokemus.registry.domain.PublicProfile;
import fi.kokemus.registry.domain.TopicCode;
import fi.kokemus.registry.testing.ProfileBuilder;
import fi.kokemus.registry.testing.Actors;
import fi.kokemus.registry.testing.InMemoryExpertRepository;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchExpertsServiceTest {

    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final SearchExpertsService service = new SearchExpertsService(experts);

    @BeforeEach
    void storeExperts() {
        store("M-1", aProfile().username(null).name("Aino", "Testinen").topics("MENTAL_HEALTH"));
        store("M-2", aProfile().username(null).name("Eero", "Esimerkki").topics("VIOLENCE"));
        storeFormerMember("M-3", aProfile().username(null).name("Paula", "Passiivi"));
        store("M-4", aProfile().username(null).name("Ilkka", "Idasta").homeCounty(County.ITA_UUSIMAA));
    }

    @Test
    void anOrdererListsTheActiveExpertsOfTheirCountyAsPublicProfiles() {
        ResultPage<PublicProfile> page = service.search(Actors.ordererSoite(), query(Optional.empty(), 0, 20));

        assertThat(page.items()).extracting(PublicProfile::displayName).containsExactly("Eero E.", "Aino T.");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void aCoordinatorFiltersByTopic() {
        ResultPage<PublicProfile> page = service.search(Actors.coordinatorItu(),
                query(Optional.of(new TopicCode("MENTAL_HEALTH")), 0, 20));

        assertThat(page.items()).extracting(PublicProfile::displayName).containsExactly("Ilkka I.");
    }

    @Test
    void otherRolesMayNotSearch() {
        assertThatThrownBy(() -> service.search(Actors.financeSoite(), query(Optional.empty(), 0, 20)))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
        assertThatThrownBy(() -> service.search(Actors.ngoKeski(), query(Optional.empty(), 0, 20)))
                .isInstanceOf(DomainProblem.class);
    }

    @Test
    void pagesAreAtMostAHundredLong() {
        assertThatThrownBy(() -> new PageRequest(0, 101)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.field()).isEqualTo("size"));
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.field()).isEqualTo("page"));
    }

    private static SearchExpertsQuery query(Optional<TopicCode> topic, int page, int size) {
        return new SearchExpertsQuery(topic, new PageRequest(page, size));
    }

    /** An expert the NGO no longer lists as a member: in the registry, but not bookable. */
    private void storeFormerMember(String externalId, ProfileBuilder profile) {
        Expert expert = profile.register(new MemberReference(Actors.NGO_KESKI, externalId));
        expert.endMembership();
        experts.save(expert);
    }

    private Expert store(String externalId, ProfileBuilder profile) {
        Expert expert = profile.register(new MemberReference(Actors.NGO_KESKI, externalId));
        experts.save(expert);
        return expert;
    }
}
