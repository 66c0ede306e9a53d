package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.sip.StackTables;
import io.cloudua.testkit.Ports;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import io.cloudua.testkit.WebhookRecorder;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No leaks: thousands of calls through every way a call can end, at once, then the call registry, our SIP legs
 * and JAIN-SIP's own dialog table must all be empty. Paths: inbound answered (caller BYE), device rejects (486),
 * caller cancels while ringing, nobody answers (no-answer timeout, 480), webhook receiver dead (480); outbound
 * answered (far end BYE), far end rejects (486), far end never responds (a UDP black hole: Timer B).
 */
class LeakSoakIT {
    private static final Duration RUN = Duration.ofSeconds(50);
    private static final int RATE = 100;

    @Test
    void everyPathReleasesItsCall() throws Exception {
        SippRequirement.check();
        long t0 = System.nanoTime();
        // The per-source SIP rate limit is off: every SIPp here calls from 127.0.0.1, far above 50 requests/s.
        try (GatewayFixture fx = GatewayFixture.start(Duration.ofSeconds(4), Duration.ofSeconds(1),
                c -> c.withSipLimits(io.cloudua.gateway.config.SipLimits.OFF));
             WebhookRecorder answering = WebhookRecorder.start();
             WebhookRecorder rejecting = WebhookRecorder.start();
             WebhookRecorder ringing = WebhookRecorder.start();
             WebhookRecorder silent = WebhookRecorder.start();
             DatagramSocket blackHole = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            String deadUrl = "http://127.0.0.1:" + Ports.freeTcpPort() + "/hooks";
            domain(fx, "leakanswer", answering.baseUrl());
            domain(fx, "leakreject", rejecting.baseUrl());
            domain(fx, "leakring", ringing.baseUrl());
            domain(fx, "leaksilent", silent.baseUrl());
            domain(fx, "leakdead", deadUrl);
            answering.onHook("newRemoteCall", h -> act(fx, "leakanswer", "answerremotecalljwt", Map.of("replyId", replyId(h),
                    "codec", "PCMU", "receiveIp", "127.0.0.1", "receivePort", 30000)));
            rejecting.onHook("newRemoteCall", h -> act(fx, "leakreject", "hangupcalljwt", Map.of("replyId", replyId(h))));
            ringing.onHook("newRemoteCall", h -> act(fx, "leakring", "sendremotecallringbackjwt", Map.of("replyId", replyId(h))));

            // Far end never responds: placed first, they end by Timer B (32 s) while the rest runs.
            int blackHoleCalls = 50;
            for (int i = 0; i < blackHoleCalls; i++) {
                assertThat(place(fx, "sip:void@127.0.0.1:" + blackHole.getLocalPort()).status()).isEqualTo(200);
            }
            List<SippRun> runs = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            runs.add(caller(fx, counts, "answered", Sipp.scenario("uac-answered-caller-bye"), "leakanswer", 600));
            runs.add(caller(fx, counts, "rejected", Sipp.uacExpectingFinal(486), "leakreject", 300));
            runs.add(caller(fx, counts, "cancelled", Sipp.scenario("uac-cancel"), "leakring", 300));
            runs.add(caller(fx, counts, "noAnswer", Sipp.uacExpectingFinal(480), "leaksilent", 200));
            runs.add(caller(fx, counts, "deadWebhook", Sipp.uacExpectingFinal(480), "leakdead", 200));
            long cancelAnomalies = awaitAll(runs, List.copyOf(counts.keySet()));
            // Outbound after inbound: SIPp's UAS aborts a call on the INVITE retransmission a loaded gateway sends.
            Map<String, Integer> outCounts = new LinkedHashMap<>();
            List<SippRun> outbound = new ArrayList<>();
            outbound.add(farEnd(fx, outCounts, "outAnswered", Sipp.scenario("uas-answer-then-bye"), 250));
            outbound.add(farEnd(fx, outCounts, "outRejected", Sipp.uasRejecting(486), 100));
            awaitAll(outbound, List.copyOf(outCounts.keySet()));
            runs.addAll(outbound);
            counts.putAll(outCounts);
            counts.put("outNoResponse", blackHoleCalls);

            Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(40));
            StackTables tables = awaitNoDialogs(fx, Duration.ofSeconds(10));
            assertThat(tables.dialogs()).as("JAIN-SIP dialogs").isZero();
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(total).isGreaterThanOrEqualTo(2000);
            System.out.printf("LeakSoakIT: %d calls %s in %d s; %d cancel anomalies; left: 0 calls, 0 legs, 0 dialogs,"
                    + " %d+%d transactions%n", total, counts, (System.nanoTime() - t0) / 1_000_000_000L,
                    cancelAnomalies, tables.clientTransactions(), tables.serverTransactions());
            for (SippRun run : runs) {
                run.close();
            }
        }
    }

    /** Waits for each run to pass; returns the cancel flow's failed calls (the known finding, see below). */
    private static long awaitAll(List<SippRun> runs, List<String> labels) {
        long cancelAnomalies = 0;
        for (int i = 0; i < runs.size(); i++) {
            SippResult result = runs.get(i).await(RUN);
            if (labels.get(i).equals("cancelled")) {
                // Known finding (docs/security.md): under load some CANCELs of ringing calls get 487 but no 200 and
                // later a 480, so SIPp counts them failed. Every call must still end; leaks are checked after.
                assertThat(result.successfulCalls() + result.failedCalls()).as(result.describe()).isEqualTo(300);
                cancelAnomalies = result.failedCalls();
                continue;
            }
            assertThat(result.passed()).as(labels.get(i) + ": " + result.describe()).isTrue();
        }
        return cancelAnomalies;
    }

    private static SippRun caller(GatewayFixture fx, Map<String, Integer> counts, String label, Path scenario,
                                  String domain, int calls) {
        counts.put(label, calls);
        return Sipp.start(SippOptions.uac(scenario, fx.sipPort, label).withVar("domain", domain + ".sip.example.com")
                .withCalls(calls).withRate(RATE).withTimeout(RUN));
    }

    /** A SIPp far end taking `calls` INVITEs, and that many calls placed to it over REST at RATE per second. */
    private static SippRun farEnd(GatewayFixture fx, Map<String, Integer> counts, String label, Path scenario, int calls)
            throws InterruptedException {
        counts.put(label, calls);
        SippRun uas = Sipp.start(SippOptions.uas(scenario).withCalls(calls).withTimeout(RUN));
        for (int i = 0; i < calls; i++) {
            assertThat(place(fx, "sip:" + label + "@127.0.0.1:" + uas.localPort()).status()).isEqualTo(200);
            Thread.sleep(1000 / RATE);
        }
        return uas;
    }

    private static io.cloudua.testkit.RestClient.Response place(GatewayFixture fx, String destination) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codec", "PCMU");
        body.put("destinationUri", destination);
        body.put("sourceUser", "4611111");
        body.put("receiveIp", "127.0.0.1");
        body.put("receivePort", 31000);
        body.put("callbackBaseUrl", fx.device.baseUrl());
        return fx.action("placeremotecalljwt", body);
    }

    private static void domain(GatewayFixture fx, String name, String callback) {
        fx.createDomain(name, List.of("127.0.0.0/8"), callback);
    }

    private static String replyId(WebhookRecorder.Hook hook) {
        return hook.body().path("replyId").asText();
    }

    private static void act(GatewayFixture fx, String domain, String action, Map<String, Object> body) {
        fx.rest.post("/mediaservice/" + domain + "/" + action, body,
                fx.gateway.tokens().mintApiToken(domain, Duration.ofMinutes(5)));
    }

    private static StackTables awaitNoDialogs(GatewayFixture fx, Duration max) throws InterruptedException {
        Instant deadline = Instant.now().plus(max);
        StackTables t = fx.gateway.sipStackTables();
        while (t.dialogs() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            t = fx.gateway.sipStackTables();
        }
        return t;
    }
}
