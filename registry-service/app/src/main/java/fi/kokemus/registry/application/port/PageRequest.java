package fi.kokemus.registry.application.port;

import fi.kokemus.platform.problem.DomainProblem;

/** Which slice of a result to return: zero-based page number and page size (at most 100). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    /** Deep pages cost the store a long skip; nobody reads past this. */
    public static final int MAX_PAGE = 10_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw DomainProblem.invalid("invalid-value", "page must be between 0 and " + MAX_PAGE, "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainProblem.invalid("invalid-value", "size must be between 1 and " + MAX_SIZE, "size");
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
