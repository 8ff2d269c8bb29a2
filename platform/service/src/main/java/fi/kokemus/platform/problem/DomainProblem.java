package fi.kokemus.platform.problem;

/**
 * A refusal the core gives for a reason the caller can act on. The web adapter turns it into an
 * RFC 9457 problem: {@link Kind} picks the status, {@link #code()} the stable problem type and
 * {@link #field()} the offending input, if any. Services subclass it for their specific rules.
 */
public class DomainProblem extends RuntimeException {

    /** Picks the status: 400, 404, 403, 409, and 410 for what existed but is gone for good. */
    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, GONE }

    private final Kind kind;
    private final String code;
    private final String field;

    public DomainProblem(Kind kind, String code, String detail, String field) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public static DomainProblem invalid(String code, String detail, String field) {
        return new DomainProblem(Kind.INVALID, code, detail, field);
    }

    public static DomainProblem notFound(String code, String detail) {
        return new DomainProblem(Kind.NOT_FOUND, code, detail, null);
    }

    public static DomainProblem forbidden(String code, String detail) {
        return new DomainProblem(Kind.FORBIDDEN, code, detail, null);
    }

    public static DomainProblem conflict(String code, String detail) {
        return new DomainProblem(Kind.CONFLICT, code, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
