package fi.kokemus.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a value is refused as invalid input in the named field. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static void assertInvalid(String field, ThrowingCallable construction) {
        assertThatThrownBy(construction).isInstanceOfSatisfying(DomainProblem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
            assertThat(problem.field()).isEqualTo(field);
        });
    }
}
