package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Outbound calls (device -> SIP) placed over REST, with SIPp as the far end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboundCallIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        fx = GatewayFixture.start();
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    @AfterEach
    void noLeaks() throws Exception {
        fx.onHook("callNotify", hook -> { });
        fx.onHook("callAnswered", hook -> { });
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }

    private Map<String, Object> placeBody(SippRun farEnd, String sessionRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codec", "PCMU");
        body.put("destinationUri", "sip:service@127.0.0.1:" + farEnd.localPort());
        body.put("sourceUser", "4611111");
        body.put("receiveIp", "127.0.0.1");
        body.put("receivePort", 31000);
        body.put("telephoneEventPayloadType", 101);
        body.put("sessionReferenceId", sessionRef);
        body.put("callbackBaseUrl", fx.device.baseUrl());
        return body;
    }

    private SippRun farEnd(Path scenario) {
        return Sipp.start(SippOptions.uas(scenario).withTimeout(WAIT));
    }

    private String place(SippRun farEnd, String sessionRef) {
        RestClient.Response placed = fx.action("placeremotecalljwt", placeBody(farEnd, sessionRef));
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.json().path("success").asBoolean()).isTrue();
        assertThat(placed.header("Access-Control-Allow-Origin")).isEqualTo("*");
        return placed.json().path("replyId").asText();
    }

    @Test
    void answeredThenFarEndHangsUp() throws Exception {
        SippResult result;
        try (SippRun uas = farEnd(Sipp.scenario("uas-answer-then-bye"))) {
            place(uas, "ref-far-bye");
            result = uas.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(result.messages()).contains("m=audio 31000 RTP/AVP 0 101").contains("From: <sip:4611111@");
        JsonNode ringing = fx.device.await("callNotify", b -> "ref-far-bye".equals(b.path("sessionReferenceId").asText()), WAIT).body();
        assertThat(ringing.path("event").asText()).isEqualTo("ringing");
        JsonNode answered = fx.device.await("callAnswered", b -> "ref-far-bye".equals(b.path("sessionReferenceId").asText()), WAIT).body();
        assertThat(answered.path("remoteRtpIp").asText()).isEqualTo("127.0.0.1");
        assertThat(answered.path("remoteRtpPort").asInt()).isPositive();
        assertThat(answered.path("codec").asText()).isIn("PCMA", "PCMU");
        assertThat(answered.path("replyId").asText()).isNotBlank();
        assertThat(answered.path("connectionId").asText()).isNotBlank();
        assertThat(answered.path("callerParticipantId").asText()).isNotBlank();
        assertThat(answered.path("calleeParticipantId").asText()).isNotBlank();
        JsonNode hungup = fx.device.await("callHungup", b -> "ref-far-bye".equals(b.path("sessionReferenceId").asText()), WAIT).body();
        assertThat(hungup.path("reason").asText()).isEqualTo("remote hangup");
        assertThat(hungup.path("callId").asText()).isEqualTo(answered.path("sipCallId").asText());
    }

    @Test
    void answeredOverTcpThenFarEndHangsUp() throws Exception {
        SippResult result;
        try (SippRun uas = Sipp.start(SippOptions.uas(Sipp.scenario("uas-answer-then-bye")).withTransport("t1").withTimeout(WAIT))) {
            Map<String, Object> body = placeBody(uas, "ref-tcp");
            body.put("destinationUri", "sip:service@127.0.0.1:" + uas.localPort() + ";transport=tcp");
            RestClient.Response placed = fx.action("placeremotecalljwt", body);
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
            result = uas.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(result.messages()).contains("SIP/2.0/TCP");
        fx.device.await("callAnswered", b -> "ref-tcp".equals(b.path("sessionReferenceId").asText()), WAIT);
        fx.device.await("callHungup", b -> "ref-tcp".equals(b.path("sessionReferenceId").asText())
                && "remote hangup".equals(b.path("reason").asText()), WAIT);
    }

    @Test
    void answeredThenDeviceHangsUp() throws Exception {
        fx.onHook("callAnswered", hook -> fx.action("hangupcalljwt", Map.of("replyId", hook.body().path("replyId").asText())));
        SippResult result;
        try (SippRun uas = farEnd(Sipp.scenario("uas-answer"))) {
            place(uas, "ref-dev-bye");
            result = uas.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        fx.device.await("callHungup", b -> "ref-dev-bye".equals(b.path("sessionReferenceId").asText())
                && "device hangup".equals(b.path("reason").asText()), WAIT);
    }

    @Test
    void busyFarEndGivesCallFailed() throws Exception {
        SippResult result;
        try (SippRun uas = farEnd(Sipp.uasRejecting(486))) {
            place(uas, "ref-busy");
            result = uas.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        JsonNode failed = fx.device.await("callFailed", b -> "ref-busy".equals(b.path("sessionReferenceId").asText()), WAIT).body();
        assertThat(failed.path("sipStatus").asInt()).isEqualTo(486);
        assertThat(failed.path("sipReason").asText()).isNotBlank();
        assertThat(failed.path("sipCallId").asText()).isNotBlank();
        assertThat(failed.path("domain").asText()).isEqualTo(GatewayFixture.DOMAIN);
        for (String field : List.of("sessionId", "participantId", "traceId", "httpTransactionId", "ivrServer")) {
            assertThat(failed.path(field).asText()).as(field).isNotBlank();
        }
    }

    @Test
    void deviceCancelsBeforeAnswer() throws Exception {
        fx.onHook("callNotify", hook -> {
            if ("ringing".equals(hook.body().path("event").asText())) {
                fx.action("hangupcalljwt", Map.of("replyId", replyIdOf(hook.body())));
            }
        });
        SippResult result;
        try (SippRun uas = farEnd(Sipp.scenario("uas-ring-forever"))) {
            String replyId = place(uas, "ref-cancel");
            pending.put("ref-cancel", replyId);
            result = uas.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        fx.device.await("callHungup", b -> "ref-cancel".equals(b.path("sessionReferenceId").asText())
                && "cancelled".equals(b.path("reason").asText()), WAIT);
    }

    private final Map<String, String> pending = new java.util.concurrent.ConcurrentHashMap<>();

    private String replyIdOf(JsonNode notify) {
        // callNotify carries no replyId: the device keeps the one placeremotecall returned.
        String ref = notify.path("sessionReferenceId").asText();
        for (int i = 0; i < 100 && !pending.containsKey(ref); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return pending.get(ref);
    }

    @Test
    void sessionTimerOfFarEndIsReported() throws Exception {
        fx.onHook("callAnswered", hook -> fx.action("hangupcalljwt", Map.of("replyId", hook.body().path("replyId").asText())));
        SippResult result;
        try (SippRun uas = farEnd(Sipp.scenario("uas-answer-session-timer"))) {
            place(uas, "ref-timer");
            result = uas.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        JsonNode answered = fx.device.await("callAnswered", b -> "ref-timer".equals(b.path("sessionReferenceId").asText()), WAIT).body();
        assertThat(answered.path("calledPartyExpires").asInt()).isEqualTo(90);
    }

    @Test
    void unreachableFarEndGivesCallFailed() throws Exception {
        // A TCP destination with nobody listening fails at once with a transport error.
        int closed = io.cloudua.testkit.Ports.freeTcpPort();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codec", "PCMA");
        body.put("destinationUri", "sip:nobody@127.0.0.1:" + closed + ";transport=tcp");
        body.put("receiveIp", "127.0.0.1");
        body.put("receivePort", 31002);
        body.put("sessionReferenceId", "ref-unreachable");
        body.put("callbackBaseUrl", fx.device.baseUrl());
        RestClient.Response placed = fx.action("placeremotecalljwt", body);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        JsonNode failed = fx.device.await("callFailed", b -> "ref-unreachable".equals(b.path("sessionReferenceId").asText()),
                Duration.ofSeconds(40)).body();
        assertThat(failed.path("sipStatus").asInt()).isBetween(400, 599);
    }
}
