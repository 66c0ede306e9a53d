package io.cloudua.gateway.http;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the route handlers see it: no Netty types, so handlers are plain Java and easy to test.
 *
 * @param receivedNanos {@link System#nanoTime()} when the request was read, for latency metrics
 */
public record HttpRequestData(String method, String path, Map<String, String> pathParams,
                              Map<String, List<String>> query, Map<String, String> headers, byte[] body,
                              InetSocketAddress remote, long receivedNanos) {

    public HttpRequestData(String method, String path, Map<String, String> pathParams, Map<String, List<String>> query,
                           Map<String, String> headers, byte[] body, InetSocketAddress remote) {
        this(method, path, pathParams, query, headers, body, remote, System.nanoTime());
    }

    /** A header by case-insensitive name (headers are stored lower-cased), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase());
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The first value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
