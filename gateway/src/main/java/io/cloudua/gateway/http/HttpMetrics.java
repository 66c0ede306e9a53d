package io.cloudua.gateway.http;

import java.time.Duration;

/**
 * What the HTTP server tells whoever measures it: one call per answered request. A narrow interface with a
 * no-op default so the server does not depend on a metrics library. Called on Netty event loops and API
 * threads: must be fast, must not block and must never throw.
 */
public interface HttpMetrics {

    /** The route label of requests that matched no route (404, 405, malformed requests). */
    String UNMATCHED = "unmatched";

    /** Measures nothing. */
    HttpMetrics NOOP = (method, route, status, took) -> { };

    /**
     * @param method the request method, or "OTHER" for one no route serves
     * @param route  the route pattern that served it ("/v1/psip/{domain}"), never the raw path, or {@link #UNMATCHED}
     * @param status the status written
     * @param took   from reading the request to writing the reply
     */
    void served(String method, String route, int status, Duration took);
}
