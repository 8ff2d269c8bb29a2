package fi.kokemus.platform.events;

import org.slf4j.MDC;

/** The trace id of the work in progress, kept in the logging context so log lines carry it too. */
public final class TraceIds {

    public static final String MDC_KEY = "traceId";

    private TraceIds() {
    }

    /** The current trace id, or a fresh one when no request or event started a trace. */
    public static String current() {
        String traceId = MDC.get(MDC_KEY);
        return traceId != null ? traceId : TraceIdFormat.newTraceId();
    }

    /** Continues the trace an incoming request or event carries, or starts a new one: see {@link TraceIdFormat}. */
    public static String sanitise(String candidate) {
        return TraceIdFormat.sanitise(candidate);
    }

    /** Continues the trace of an incoming request or event (a new one if it carries none valid) until closed. */
    public static Scope continueFrom(String incomingTraceId) {
        return open(sanitise(incomingTraceId));
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

    /** Restores the previous trace id when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
