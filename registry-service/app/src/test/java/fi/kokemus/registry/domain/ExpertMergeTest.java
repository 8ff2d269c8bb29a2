package fi.kokemus.registry.domain;

import static fi.kokemus.registry.testing.ProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.testing.Actors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpertMergeTest {

    private static final MemberReference KESKI_MEMBER = new MemberReference(Actors.NGO_KESKI, "K-1");
    private static final MemberReference ITA_MEMBER = new MemberReference(Actors.NGO_ITA, "I-1");

    private final Expert kept = stored(aProfile().username(null).register(KESKI_MEMBER));
    private final Expert retired = stored(aProfile().username(null).municipality("091")
            .register(ITA_MEMBER));

    @Test
    void theKeptRecordTakesOverTheOtherMembershipAndAnnouncesTheOrganisation() {
        assertThat(kept.absorb(retired)).isTrue();

        assertThat(kept.mergedMembers()).containsExactly(ITA_MEMBER);
        assertThat(kept.publicProfile().organisationId()).isEqualTo(Actors.NGO_KESKI);
        assertThat(kept.publicProfile().organisations()).containsExactlyInAnyOrder(Actors.NGO_KESKI, Actors.NGO_ITA);
        assertThat(kept.pendingEvents()).containsExactly(new ExpertEvent.ProfileChanged(kept.publicProfile()));
        assertThat(kept.profile()).isEqualTo(aProfile().username(null).build());
    }

    @Test
    void absorbingTheSameRecordAgainChangesNothing() {
        kept.absorb(retired);

        assertThat(kept.absorb(retired)).isFalse();
        assertThat(kept.pendingEvents()).hasSize(1);
    }

    @Test
    void aRecordTakesOverTheMembershipsMergedIntoTheRecordItAbsorbs() {
        MemberReference third = new MemberReference("ngo-pohjoinen", "P-1");
        retired.absorb(stored(aProfile().username(null).register(third)));

        kept.absorb(retired);

        assertThat(kept.mergedMembers()).containsExactly(ITA_MEMBER, third);
    }

    @Test
    void aRetiredRecordIsAnnouncedAsNoLongerActiveAndTakesNoMoreChanges() {
        ExpertId keptId = kept.id();

        retired.retireInto(keptId);

        assertThat(retired.isRetired()).isTrue();
        assertThat(retired.mergedInto()).contains(keptId);
        assertThat(retired.pendingEvents()).singleElement().isInstanceOfSatisfying(ExpertEvent.ProfileChanged.class,
                changed -> assertThat(changed.profile().active()).isFalse());
        assertThatThrownBy(() -> retired.recordConfidentialityCommitment(LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("expert-merged"));
    }

    @Test
    void aRecordIsNotMergedIntoItself() {
        ProblemAssertions.assertInvalid("keep", () -> kept.absorb(kept));
        ProblemAssertions.assertInvalid("keep", () -> kept.retireInto(kept.id()));
    }

    @Test
    void endingAMergedMembershipRemovesThatOrganisation() {
        kept.absorb(retired);

        assertThat(kept.endMergedMembership(ITA_MEMBER)).isTrue();

        assertThat(kept.mergedMembers()).isEmpty();
        assertThat(kept.publicProfile().organisations()).containsExactly(Actors.NGO_KESKI);
        assertThat(kept.endMergedMembership(ITA_MEMBER)).isFalse();
    }

    @Test
    void theDifferencesNameTheFieldsTheRecordsHoldDifferently() {
        assertThat(MergeDifferences.between(kept, retired)).containsExactly("municipality");
        assertThat(MergeDifferences.between(kept, kept)).isEmpty();
    }

    @Test
    void aStoredRecordKeepsItsMergedMembers() {
        Expert restored = Expert.restore(kept.id(), KESKI_MEMBER, List.of(ITA_MEMBER), kept.state(), 2);

        assertThat(restored.mergedMembers()).containsExactly(ITA_MEMBER);
        assertThat(restored.mergedInto()).isEqualTo(Optional.empty());
    }

    private static Expert stored(Expert registered) {
        return Expert.restore(registered.id(), registered.member(), List.of(), registered.state(), 1);
    }
}
