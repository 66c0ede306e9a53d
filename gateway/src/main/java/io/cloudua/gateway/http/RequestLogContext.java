package io.cloudua.gateway.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Lets a route say which call a request was about, so that the request's log lines (and the API error line
 * written after the route returns) carry that call's callId and traceId. Kept in the SLF4J MDC of the API
 * thread while the route runs, which is also what puts them into every JSON log line of that request.
 *
 * <p>Only routes that complete on the thread they were called on (all of cloudua's do) are covered: the
 * dispatcher takes the values right after the route returns.
 */
public final class RequestLogContext {
    static final String CALL_ID = "callId";
    static final String TRACE_ID = "traceId";

    private RequestLogContext() { }

    /** Marks the current request as being about this call. */
    public static void call(String callId, String traceId) {
        if (callId != null) {
            MDC.put(CALL_ID, callId);
        }
        if (traceId != null) {
            MDC.put(TRACE_ID, traceId);
        }
    }

    /** Clears what a previous request on this thread may have left. */
    static void clear() {
        MDC.remove(CALL_ID);
        MDC.remove(TRACE_ID);
    }

    /** What the route set (possibly nothing), and clears it. */
    static Map<String, String> take() {
        Map<String, String> ids = new LinkedHashMap<>();
        String callId = MDC.get(CALL_ID);
        String traceId = MDC.get(TRACE_ID);
        if (callId != null) {
            ids.put(CALL_ID, callId);
        }
        if (traceId != null) {
            ids.put(TRACE_ID, traceId);
        }
        clear();
        return ids;
    }
}
