package io.cloudua.gateway.webhook;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/**
 * How one webhook delivery ended, as a closed set fit for a metric label: the receiver's exact status or the
 * exception text would be unbounded. Operators read it as "is the device there (unreachable, timeout), and
 * does it accept what we send (http_4xx, http_5xx)".
 */
public enum DeliveryOutcome {
    /** 2xx: the device took it. */
    DELIVERED,
    /** The receiver answered 1xx or 3xx (redirects are not followed). */
    HTTP_OTHER,
    HTTP_4XX,
    HTTP_5XX,
    /** No connection or no answer within the webhook timeout. */
    TIMEOUT,
    /** Connection refused, reset, or the host could not be resolved. */
    UNREACHABLE,
    /** The callback URL cannot be used as an HTTP URL. */
    BAD_URL,
    /** Anything else (the payload could not be serialised, an unexpected failure). */
    ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From a received status. */
    public static DeliveryOutcome ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return DELIVERED;
        }
        if (status >= 400 && status < 500) {
            return HTTP_4XX;
        }
        return status >= 500 ? HTTP_5XX : HTTP_OTHER;
    }

    /** From the failure of a POST that got no response. */
    public static DeliveryOutcome ofError(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof WebhookTimeoutException || e instanceof HttpTimeoutException) {
            return TIMEOUT;
        }
        if (e instanceof IOException || e instanceof UnresolvedAddressException) {   // refused, reset, unknown host
            return UNREACHABLE;
        }
        return ERROR;
    }
}
