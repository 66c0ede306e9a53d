package io.cloudua.sip.internal;

import javax.sip.ResponseEvent;

/**
 * Attached to each client transaction we start, so the router hands its responses straight back to the
 * code that sent the request instead of dispatching on methods and Call-IDs.
 */
interface ResponseHandler {
    void onResponse(ResponseEvent event);

    /** No final response came in time (Timer B/F) or the request could not be sent. */
    void onTimeout();
}
