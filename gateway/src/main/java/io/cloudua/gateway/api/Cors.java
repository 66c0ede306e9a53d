package io.cloudua.gateway.api;

import io.cloudua.gateway.http.HttpReply;
import io.cloudua.gateway.http.HttpRequestData;
import java.util.Map;

/**
 * CORS as the call-control API documents it: browser devices call it directly, so every POST reply carries
 * Access-Control-Allow-Origin and each path answers the OPTIONS preflight with an empty JSON object.
 */
final class Cors {
    private Cors() { }

    static HttpReply allowOrigin(HttpReply reply) {
        return reply.withHeader("Access-Control-Allow-Origin", "*");
    }

    static HttpReply preflight(HttpRequestData request) {
        return HttpReply.json(200, Map.of())
                .withHeader("Access-Control-Allow-Origin", "*")
                .withHeader("Access-Control-Allow-Methods", "POST, OPTIONS")
                .withHeader("Access-Control-Allow-Headers", "Content-Type, Authorization")
                .withHeader("Access-Control-Max-Age", "600");
    }
}
