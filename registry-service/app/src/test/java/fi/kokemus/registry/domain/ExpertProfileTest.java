package fi.kokemus.registry.domain;

import static fi.kokemus.registry.domain.ProblemAssertions.assertInvalid;
import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExpertProfileTest {

    @Test
    void theSameDataInAnotherOrderIsTheSameProfile() {
        ExpertProfile one = aProfile().topics("VIOLENCE", "MENTAL_HEALTH").languages("sv", "fi").build();
        ExpertProfile other = aProfile().topics("MENTAL_HEALTH", "VIOLENCE").languages("fi", "sv").build();

        assertThat(one).isEqualTo(other);
        assertThat(one.topics()).extracting(TopicCode::value).containsExactly("MENTAL_HEALTH", "VIOLENCE");
    }

    @Test
    void anExpertHasAtLeastOneRoleAndOneLanguage() {
        assertInvalid("roles", () -> aProfile().roles().build());
        assertInvalid("languages", () -> aProfile().languages().build());
    }

    @Test
    void listsHaveSizeLimits() {
        String[] tooManyTopics = IntStream.rangeClosed(1, ExpertProfile.MAX_TOPICS + 1)
                .mapToObj(n -> "TOPIC_" + n).toArray(String[]::new);

        assertInvalid("topics", () -> aProfile().topics(tooManyTopics).build());
    }

    @Test
    void aPeerSupporterOnlyIsAVolunteer() {
        assertInvalid("feeWanted", () -> aProfile().roles(ExpertRole.PEER_SUPPORTER).feeWanted(true).build());
        assertThat(aProfile().roles(ExpertRole.PEER_SUPPORTER).feeWanted(false).build().feeWanted()).isFalse();
        assertThat(aProfile().roles(ExpertRole.PEER_SUPPORTER, ExpertRole.EXPERT_BY_EXPERIENCE).feeWanted(true)
                .build().feeWanted()).isTrue();
    }
}
