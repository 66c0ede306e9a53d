package io.cloudua.gateway.metrics;

import io.cloudua.gateway.http.HttpMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * REST requests in Micrometer: {@code cloudua_http_requests_total{method,route,status}} and the latency
 * histogram {@code cloudua_http_request_seconds{method,route}}. The route is the matched pattern (bounded by
 * the routes cloudua registers), never the path: paths carry domain names and anything a scanner tries.
 * Meters are registered at first use and then kept (see {@link MeterCache}).
 */
final class MicrometerHttpMetrics implements HttpMetrics {
    private record RequestKey(String method, String route, String status) { }

    private record RouteKey(String method, String route) { }

    private final MeterCache<RequestKey, Counter> requests;
    private final MeterCache<RouteKey, Timer> latency;

    MicrometerHttpMetrics(MeterRegistry registry) {
        requests = new MeterCache<>(k -> Counter.builder("cloudua.http.requests")
                .description("REST requests answered, by route pattern and status")
                .tag("method", k.method()).tag("route", k.route()).tag("status", k.status()).register(registry));
        latency = new MeterCache<>(k -> Timer.builder("cloudua.http.request")
                .description("Time from reading a REST request to writing its reply")
                .tag("method", k.method()).tag("route", k.route()).serviceLevelObjectives(Buckets.REQUEST)
                .register(registry));
    }

    @Override
    public void served(String method, String route, int status, Duration took) {
        String m = Labels.httpMethod(method);
        requests.get(new RequestKey(m, route, Labels.httpStatus(status))).increment();
        latency.get(new RouteKey(m, route)).record(took);
    }
}
