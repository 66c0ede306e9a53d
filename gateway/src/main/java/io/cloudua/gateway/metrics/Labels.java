package io.cloudua.gateway.metrics;

import io.cloudua.api.event.WebhookEvents;
import java.util.Set;

/**
 * Bounds the label values that come from the network. A SIP method or an HTTP method is whatever a peer
 * writes; used raw as a label, one peer could create any number of time series and exhaust Prometheus.
 * Anything outside the known set becomes "OTHER".
 */
final class Labels {
    static final String OTHER = "OTHER";

    private static final Set<String> SIP_METHODS = Set.of("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "UPDATE", "INFO",
            "PRACK", "REGISTER", "SUBSCRIBE", "NOTIFY", "REFER", "MESSAGE", "PUBLISH");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");
    private static final Set<String> WEBHOOK_EVENTS = Set.of(WebhookEvents.NEW_REMOTE_CALL, WebhookEvents.CALL_ANSWERED,
            WebhookEvents.CALL_FAILED, WebhookEvents.CALL_HUNGUP, WebhookEvents.CALL_NOTIFY);

    private Labels() { }

    static String sipMethod(String method) {
        return method != null && SIP_METHODS.contains(method) ? method : OTHER;
    }

    static String httpMethod(String method) {
        return method != null && HTTP_METHODS.contains(method) ? method : OTHER;
    }

    /** A SIP status code (100-699 by RFC 3261's grammar) or "other". */
    static String sipStatus(int status) {
        return status >= 100 && status <= 699 ? Integer.toString(status) : "other";
    }

    /** An HTTP status code we wrote (100-599) or "other". */
    static String httpStatus(int status) {
        return status >= 100 && status <= 599 ? Integer.toString(status) : "other";
    }

    static String webhookEvent(String event) {
        return event != null && WEBHOOK_EVENTS.contains(event) ? event : "other";
    }
}
