package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import io.cloudua.testkit.WebhookRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Inbound calls (SIP -> device) with SIPp as the caller and a real HTTP webhook receiver as the device.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundCallIT {
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
        fx.onHook("newRemoteCall", hook -> { });
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }

    private SippOptions caller(Path scenario, String user) {
        return SippOptions.uac(scenario, fx.sipPort, user).withVar("domain", GatewayFixture.DOMAIN).withTimeout(WAIT);
    }

    private void answerEachCall(boolean ringFirst) {
        fx.onHook("newRemoteCall", hook -> {
            String replyId = hook.body().path("replyId").asText();
            if (ringFirst) {
                fx.action("sendremotecallringbackjwt", Map.of("replyId", replyId));
            }
            fx.action("answerremotecalljwt", Map.of("replyId", replyId, "codec", "PCMA", "receiveIp", "127.0.0.1",
                    "receivePort", 30000, "telephoneEventPayloadType", 101));
        });
    }

    /** A BYE before any ACK: the caller had the call, so the device hears callAnswered, then callHungup. */
    @Test
    void aLostAckStillReportsTheCallAnsweredBeforeItsHangup() throws Exception {
        answerEachCall(true);
        SippResult result;
        try (SippRun run = Sipp.start(caller(Sipp.scenario("uac-answered-bye-without-ack"), "noack"))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        String callId = fx.device.await("newRemoteCall",
                b -> b.path("destinationUri").asText().startsWith("sip:noack@"), WAIT).body().path("callId").asText();
        WebhookRecorder.Hook answered = fx.device.await("callAnswered", b -> callId.equals(b.path("sipCallId").asText()), WAIT);
        WebhookRecorder.Hook hungup = fx.device.await("callHungup", b -> callId.equals(b.path("callId").asText()), WAIT);
        assertThat(hungup.body().path("reason").asText()).isEqualTo("caller hangup");
        assertThat(answered.receivedAt()).isBeforeOrEqualTo(hungup.receivedAt());
    }

    @Test
    void answeredThenCallerHangsUp() throws Exception {
        answerEachCall(true);
        SippResult result;
        try (SippRun run = Sipp.start(caller(Sipp.scenario("uac-answered-caller-bye"), "alice"))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();

        WebhookRecorder.Hook announced = fx.device.await("newRemoteCall",
                b -> b.path("destinationUri").asText().startsWith("sip:alice@"), WAIT);
        JsonNode n = announced.body();
        String callId = n.path("callId").asText();
        assertThat(callId).isNotBlank();
        assertThat(n.path("domain").asText()).isEqualTo(GatewayFixture.DOMAIN);
        assertThat(n.path("codec").asText()).isEqualTo("PCMA");
        assertThat(n.path("sourceUser").asText()).isEqualTo("sipp");
        assertThat(n.path("destinationUri").asText()).startsWith("sip:alice@" + GatewayFixture.DOMAIN);
        assertThat(n.path("remoteRtpIp").asText()).isEqualTo("127.0.0.1");
        assertThat(n.path("remoteRtpPort").asInt()).isPositive();
        assertThat(n.path("telephoneEventPayloadType").asInt()).isEqualTo(101);
        for (String field : new String[] {"replyId", "sessionId", "traceId", "httpTransactionId", "ivrServer"}) {
            assertThat(n.path(field).asText()).as(field).isNotBlank();
        }
        JsonNode answered = fx.device.await("callAnswered", b -> callId.equals(b.path("sipCallId").asText()), WAIT).body();
        assertThat(answered.path("replyId").asText()).isEqualTo(n.path("replyId").asText());
        assertThat(answered.path("callingPartyNumber").asText()).isEqualTo("sipp");
        assertThat(answered.path("remotePartyNumber").asText()).isEqualTo("alice");
        JsonNode hungup = fx.device.await("callHungup", b -> callId.equals(b.path("callId").asText()), WAIT).body();
        assertThat(hungup.path("reason").asText()).isEqualTo("caller hangup");
        assertThat(result.messages()).contains("SIP/2.0 180 Ringing").contains("m=audio 30000 RTP/AVP 8");
    }

    @Test
    void answeredOverTcp() throws Exception {
        answerEachCall(true);
        SippResult result;
        try (SippRun run = Sipp.start(caller(Sipp.scenario("uac-answered-caller-bye"), "tcpuser").withTransport("t1"))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(result.messages()).contains("SIP/2.0/TCP");
        fx.device.await("callHungup", b -> b.path("destinationUri").asText().startsWith("sip:tcpuser@")
                && "caller hangup".equals(b.path("reason").asText()), WAIT);
    }

    @Test
    void answeredThenDeviceHangsUp() throws Exception {
        AtomicReference<String> replyId = new AtomicReference<>();
        fx.onHook("newRemoteCall", hook -> {
            replyId.set(hook.body().path("replyId").asText());
            fx.action("answerremotecalljwt", Map.of("replyId", replyId.get(), "codec", "PCMU", "receiveIp", "127.0.0.1",
                    "receivePort", 30002));
        });
        fx.onHook("callAnswered", hook -> fx.action("hangupcalljwt", Map.of("replyId", hook.body().path("replyId").asText())));
        SippResult result;
        try (SippRun run = Sipp.start(caller(Sipp.scenario("uac-answered-wait-bye"), "bob"))) {
            result = run.await(WAIT);
        }
        fx.onHook("callAnswered", hook -> { });
        assertThat(result.passed()).as(result.describe()).isTrue();
        fx.device.await("callHungup", b -> "device hangup".equals(b.path("reason").asText()), WAIT);
        // The replyId of an ended call is refused with 404.
        RestClient.Response again = fx.action("hangupcalljwt", Map.of("replyId", replyId.get()));
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void deviceRejectsWithBusy() throws Exception {
        fx.onHook("newRemoteCall", hook -> fx.action("hangupcalljwt", Map.of("replyId", hook.body().path("replyId").asText())));
        SippResult result;
        try (SippRun run = Sipp.start(caller(Sipp.uacExpectingFinal(486), "carol"))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        fx.device.await("callHungup", b -> "device rejected".equals(b.path("reason").asText()), WAIT);
    }

    @Test
    void callerCancelsWhileRinging() throws Exception {
        fx.onHook("newRemoteCall", hook -> fx.action("sendremotecallringbackjwt",
                Map.of("replyId", hook.body().path("replyId").asText())));
        SippResult result;
        try (SippRun run = Sipp.start(caller(Sipp.scenario("uac-cancel"), "dave"))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        fx.device.await("callHungup", b -> "caller cancelled".equals(b.path("reason").asText()), WAIT);
    }

    @Test
    void reInviteAndUpdateAreAnsweredAndReported() throws Exception {
        answerEachCall(false);
        for (String scenario : new String[] {"uac-reinvite", "uac-update"}) {
            SippResult result;
            try (SippRun run = Sipp.start(caller(Sipp.scenario(scenario), "erin"))) {
                result = run.await(WAIT);
            }
            assertThat(result.passed()).as(scenario + ": " + result.describe()).isTrue();
            assertThat(result.messages()).contains("m=audio 30000 RTP/AVP 8");
        }
        fx.device.await("callNotify", b -> "reInvite".equals(b.path("event").asText()), WAIT);
        fx.device.await("callNotify", b -> "update".equals(b.path("event").asText()), WAIT);
    }

    @Test
    void unknownDomainGets404AndNoWebhook() throws Exception {
        int before = fx.device.all().size();
        SippOptions options = SippOptions.uac(Sipp.uacExpectingFinal(404), fx.sipPort, "frank")
                .withVar("domain", "nosuchdomain").withTimeout(WAIT);
        SippResult result;
        try (SippRun run = Sipp.start(options)) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(fx.device.all()).hasSize(before);
    }

    @Test
    void sourceOutsideAclGets403() throws Exception {
        fx.createDomain("closeddomain", java.util.List.of("192.0.2.0/24"), fx.device.baseUrl());
        int before = fx.device.all().size();
        SippOptions options = SippOptions.uac(Sipp.uacExpectingFinal(403), fx.sipPort, "gina")
                .withVar("domain", "closeddomain.sip.example.com").withTimeout(WAIT);
        SippResult result;
        try (SippRun run = Sipp.start(options)) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(fx.device.all()).hasSize(before);
    }

    @Test
    void optionsIsAnswered() throws Exception {
        SippResult result;
        try (SippRun run = Sipp.start(SippOptions.uac(Sipp.scenario("uac-options"), fx.sipPort, "ping").withTimeout(WAIT))) {
            result = run.await(WAIT);
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(result.messages()).contains("Allow: INVITE");
    }
}
