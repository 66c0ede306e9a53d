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
 */
final class MicrometerHttpMetrics implements HttpMetrics {
    private final MeterRegistry registry;

    MicrometerHttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void served(String method, String route, int status, Duration took) {
        String m = Labels.httpMethod(method);
        Counter.builder("cloudua.http.requests").description("REST requests answered, by route pattern and status")
                .tag("method", m).tag("route", route).tag("status", Labels.httpStatus(status)).register(registry).increment();
        Timer.builder("cloudua.http.request").description("Time from reading a REST request to writing its reply")
                .tag("method", m).tag("route", route).serviceLevelObjectives(Buckets.REQUEST).register(registry).record(took);
    }
}
