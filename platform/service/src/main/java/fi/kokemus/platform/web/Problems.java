package fi.kokemus.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 bodies every service returns; types are stable {@code urn:kokemus:problem:*} URNs. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:kokemus:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
