package fi.kokemus.platform.events;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a trace id looks like wherever it travels: the {@code X-Trace-Id} header the gateway starts
 * and the services continue, and the envelope's {@code traceId}.
 */
public final class TraceIdFormat {

    public static final String HEADER = "X-Trace-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private TraceIdFormat() {
    }

    /** Accepts an incoming id only if it is a plain token; anything else starts a new trace. */
    public static String sanitise(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches() ? candidate : newTraceId();
    }

    public static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
