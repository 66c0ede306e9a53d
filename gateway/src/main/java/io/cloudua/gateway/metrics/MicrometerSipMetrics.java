package io.cloudua.gateway.metrics;

import io.cloudua.sip.SipMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The SIP stack's message counts in Micrometer: {@code cloudua_sip_requests_total{direction,method}} and
 * {@code cloudua_sip_responses_total{direction,method,status}}, direction being "in" or "out". Methods
 * outside the known set are counted as "OTHER" (see {@link Labels}). Counted for every SIP message, so the
 * counters are registered at first use and then kept (see {@link MeterCache}).
 */
final class MicrometerSipMetrics implements SipMetrics {
    private record RequestKey(String direction, String method) { }

    private record ResponseKey(String direction, String method, String status) { }

    private final MeterCache<RequestKey, Counter> requests;
    private final MeterCache<ResponseKey, Counter> responses;

    MicrometerSipMetrics(MeterRegistry registry) {
        requests = new MeterCache<>(k -> Counter.builder("cloudua.sip.requests").description("SIP requests received and sent")
                .tag("direction", k.direction()).tag("method", k.method()).register(registry));
        responses = new MeterCache<>(k -> Counter.builder("cloudua.sip.responses")
                .description("SIP responses received and sent, by CSeq method")
                .tag("direction", k.direction()).tag("method", k.method()).tag("status", k.status())
                .register(registry));
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
        return requests.get(new RequestKey(direction, Labels.sipMethod(method)));
    }

    private Counter response(String direction, int status, String method) {
        return responses.get(new ResponseKey(direction, Labels.sipMethod(method), Labels.sipStatus(status)));
    }
}
