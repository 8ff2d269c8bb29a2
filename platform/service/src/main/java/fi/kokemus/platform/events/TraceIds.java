package fi.kokemus.platform.events;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** The trace id of the work in progress, kept in the logging context so log lines carry it too. */
public final class TraceIds {

    public static final String MDC_KEY = "traceId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private TraceIds() {
    }

    /** The current trace id, or a fresh one when no request or event started a trace. */
    public static String current() {
        String traceId = MDC.get(MDC_KEY);
        return traceId != null ? traceId : newTraceId();
    }

    /** Accepts an incoming id only if it is a plain token; anything else starts a new trace. */
    public static String sanitise(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches() ? candidate : newTraceId();
    }

    /** Makes {@code traceId} current until the returned scope is closed. */
    public static Scope open(String traceId) {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, traceId);
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Restores the previous trace id when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
