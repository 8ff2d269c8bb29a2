package fi.kokemus.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.platform.problem.DomainProblem.Kind;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemResponsesTest {

    private final ProblemResponses responses = new ProblemResponses();

    @ParameterizedTest
    @CsvSource({"INVALID, 400", "NOT_FOUND, 404", "FORBIDDEN, 403", "CONFLICT, 409", "GONE, 410"})
    void eachKindOfRefusalHasItsStatus(Kind kind, int status) {
        var response = responses.domainProblem(new DomainProblem(kind, "feedback-link-used", "Answered already", null));

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getBody().getStatus()).isEqualTo(status);
        assertThat(response.getBody().getType()).isEqualTo(URI.create("urn:kokemus:problem:feedback-link-used"));
        assertThat(response.getBody().getTitle()).isEqualTo("Feedback link used");
        assertThat(response.getBody().getDetail()).isEqualTo("Answered already");
    }
}
