package io.cloudua.gateway.metrics;

import io.cloudua.gateway.http.HttpReply;
import io.cloudua.gateway.http.RouteHandler;
import io.cloudua.gateway.http.Router;

/**
 * {@code GET /metrics}: the Prometheus scrape endpoint. Answers the text format 0.0.4, or OpenMetrics when
 * the scraper's Accept header asks for it (Prometheus does, with the text format as its fallback).
 *
 * <p>Unauthenticated, like the health endpoints: it holds no call ids, URIs, tokens or domain names, only
 * counts. Expose the HTTP port to the scraper's network, not to the world, as for the management API.
 */
public final class MetricsRoutes {
    private final GatewayMetrics metrics;

    public MetricsRoutes(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    public void register(Router router) {
        router.add("GET", "/metrics", RouteHandler.sync(request -> {
            String contentType = GatewayMetrics.negotiate(request.header("accept"));
            return HttpReply.text(200, metrics.scrape(contentType), contentType);
        }));
    }
}
