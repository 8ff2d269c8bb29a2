package fi.kokemus.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.domain.DuplicateCandidate.Decision;
import fi.kokemus.registry.domain.DuplicateCandidate.Status;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DuplicateCandidateMergeTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

    private final ExpertId one = ExpertId.random();
    private final ExpertId other = ExpertId.random();
    private final DuplicateCandidate open = DuplicateCandidate.detected(one, other, Set.of(DuplicateReason.SAME_EMAIL),
            Set.of(County.KESKI_POHJANMAA), AT);

    @Test
    void anOpenOrConfirmedPairIsMergedIntoTheRecordKept() {
        DuplicateCandidate confirmed = open.resolve(Decision.SAME_PERSON, null, "coordinator.soite", AT);

        for (DuplicateCandidate candidate : new DuplicateCandidate[] {open, confirmed}) {
            assertThat(candidate.retiredWhenKeeping(one)).isEqualTo(other);
            assertThat(candidate.retiredWhenKeeping(other)).isEqualTo(one);
            DuplicateCandidate merged = candidate.merged(one, "same birth date", "coordinator.soite", AT);
            assertThat(merged.status()).isEqualTo(Status.MERGED);
            assertThat(merged.resolution()).contains(new DuplicateCandidate.Resolution(Decision.SAME_PERSON,
                    "same birth date", "coordinator.soite", AT, Optional.of(one)));
        }
    }

    @Test
    void aRecordOutsideThePairIsInvalid() {
        ProblemAssertions.assertInvalid("keep", () -> open.retiredWhenKeeping(ExpertId.random()));
    }

    @Test
    void aMergedOrDismissedPairIsNotMerged() {
        DuplicateCandidate merged = open.merged(one, null, "coordinator.soite", AT);
        DuplicateCandidate dismissed = open.resolve(Decision.NOT_SAME_PERSON, null, "coordinator.soite", AT);

        assertConflict("already-merged", () -> merged.merged(one, null, "coordinator.soite", AT));
        assertConflict("already-resolved", () -> dismissed.merged(one, null, "coordinator.soite", AT));
        assertConflict("already-resolved", () -> merged.resolve(Decision.SAME_PERSON, null, "coordinator.soite", AT));
    }

    private static void assertConflict(String code, ThrowingCallable merge) {
        assertThatThrownBy(merge).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
            assertThat(problem.code()).isEqualTo(code);
        });
    }
}
