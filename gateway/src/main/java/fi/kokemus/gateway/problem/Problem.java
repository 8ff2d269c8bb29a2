package fi.kokemus.gateway.problem;

/** An RFC 9457 problem document, the body of every error the gateway itself answers. */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String TYPE_PREFIX = "urn:kokemus:problem:";
}
