package io.cloudua.gateway.metrics;

import io.cloudua.sip.SipMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The SIP stack's message counts in Micrometer: {@code cloudua_sip_requests_total{direction,method}} and
 * {@code cloudua_sip_responses_total{direction,method,status}}, direction being "in" or "out". Methods
 * outside the known set are counted as "OTHER" (see {@link Labels}).
 */
final class MicrometerSipMetrics implements SipMetrics {
    private final MeterRegistry registry;

    MicrometerSipMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void requestIn(String method) {
        request("in", method).increment();
    }

    @Override
    public void responseIn(int status, String method) {
        response("in", status, method).increment();
    }

    @Override
    public void requestOut(String method) {
        request("out", method).increment();
    }

    @Override
    public void responseOut(int status, String method) {
        response("out", status, method).increment();
    }

    private Counter request(String direction, String method) {
        return Counter.builder("cloudua.sip.requests").description("SIP requests received and sent")
                .tag("direction", direction).tag("method", Labels.sipMethod(method)).register(registry);
    }

    private Counter response(String direction, int status, String method) {
        return Counter.builder("cloudua.sip.responses").description("SIP responses received and sent, by CSeq method")
                .tag("direction", direction).tag("method", Labels.sipMethod(method)).tag("status", Labels.sipStatus(status))
                .register(registry);
    }
}
