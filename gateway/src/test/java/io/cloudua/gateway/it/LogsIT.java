package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.cloudua.gateway.Gateway;
import io.cloudua.gateway.config.GatewayConfig;
import io.cloudua.testkit.Ports;
import io.cloudua.testkit.RestClient;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippRun;
import io.cloudua.testkit.WebhookRecorder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What the log says during a call and API use, and what it never says. A gateway with a database password
 * and management credentials starts, is provisioned (domain, digest user with a secret), places an SRTP call
 * to a SIPp callee that rings until the device hangs up, and is sent bad credentials, bad tokens and an
 * action the call's state refuses. The log must carry one outcome line for the call and an API error line
 * per error, the live call's one with its callId and traceId; and nothing logged (cloudua's loggers at DEBUG)
 * may contain a secret, a token, a replyId or SRTP key material.
 */
class LogsIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String DB_PASSWORD = "db-pass-5ecr3t-value";
    private static final String ADMIN_SECRET = "admin-5ecr3t-value";
    private static final String USER_SECRET = "user-5ecr3t-value";
    private static final String WRONG_SECRET = "wrong-5ecr3t-value";
    private static final String SRTP_KEY = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";

    @Test
    void logsOutcomesAndApiErrorsWithIdsAndNoSecrets() throws Exception {
        SippRequirement.check();
        List<String> secrets = new ArrayList<>(List.of(DB_PASSWORD, ADMIN_SECRET, USER_SECRET, WRONG_SECRET, SRTP_KEY));
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger cloudua = context.getLogger("io.cloudua");
        Level before = cloudua.getLevel();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        cloudua.setLevel(Level.DEBUG);
        Path dataDir = Files.createTempDirectory("cloudua-logs-");
        String callId;
        String traceId;
        try (WebhookRecorder device = WebhookRecorder.start();
             Gateway gateway = Gateway.start(new GatewayConfig("127.0.0.1", 0, Ports.freeUdpAndTcpPort(), dataDir, null,
                     "cloudua", DB_PASSWORD, "127.0.0.1", "secrets-node", Duration.ofSeconds(60), Duration.ofSeconds(3),
                     Duration.ofHours(1), "secrets-admin", ADMIN_SECRET, 2, 2))) {
            RestClient rest = new RestClient("http://127.0.0.1:" + gateway.httpPort());
            assertThat(rest.postBasic("/v1/psip/", Map.of("name", "secretdomain", "application_id", "app", "acl",
                    List.of("127.0.0.0/8"), "callback_base_url", device.baseUrl(),
                    "allowed_destinations", GatewayFixture.LOOPBACK_DESTINATIONS), "secrets-admin", ADMIN_SECRET).status())
                    .isEqualTo(201);
            assertThat(rest.postBasic("/v1/psip/secretdomain/users", Map.of("key", "alice", "secret", USER_SECRET),
                    "secrets-admin", ADMIN_SECRET).status()).isEqualTo(201);
            assertThat(rest.get("/v1/psip/", "secrets-admin", WRONG_SECRET).status()).isEqualTo(401);
            String token = gateway.tokens().mintApiToken("secretdomain", Duration.ofMinutes(5));
            secrets.add(token);
            String forged = token.substring(0, token.length() - 4) + "AAAA";
            secrets.add(forged);
            assertThat(rest.post("/mediaservice/secretdomain/hangupcalljwt", Map.of("replyId", "x"), forged).status())
                    .isEqualTo(401);
            String replyId;
            JsonNode ringing;
            try (SippRun uas = Sipp.start(SippOptions.uas(Sipp.scenario("uas-ring-forever")).withTimeout(WAIT))) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("codec", "PCMU");
                body.put("destinationUri", "sip:service@127.0.0.1:" + uas.localPort());
                body.put("receiveIp", "127.0.0.1");
                body.put("receivePort", 32000);
                body.put("crypto", List.of(Map.of("suite", "AES_CM_128_HMAC_SHA1_80", "id", 1, "config", "inline:" + SRTP_KEY)));
                RestClient.Response placed = rest.post("/mediaservice/secretdomain/placeremotecalljwt", body, token);
                assertThat(placed.status()).as(placed.body()).isEqualTo(200);
                replyId = placed.json().path("replyId").asText();
                secrets.add(replyId);
                ringing = device.await("callNotify", null, WAIT).body();
                assertThat(rest.post("/mediaservice/secretdomain/sendremotecallringbackjwt", Map.of("replyId", replyId), token)
                        .status()).as("ringback applies to inbound calls only").isEqualTo(409);
                assertThat(rest.post("/mediaservice/secretdomain/hangupcalljwt", Map.of("replyId", replyId), token).status())
                        .isEqualTo(200);
                uas.await(WAIT);
            }
            device.await("callHungup", null, WAIT);
            assertThat(rest.post("/mediaservice/secretdomain/hangupcalljwt", Map.of("replyId", replyId), token).status())
                    .isEqualTo(404);
            callId = ringing.path("sipCallId").asText();
            traceId = ringing.path("traceId").asText();
        } finally {
            root.detachAppender(captured);
            cloudua.setLevel(before);
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        List<String> lines = captured.list.stream().map(LogsIT::render).toList();
        assertThat(lines.stream().filter(l -> l.startsWith("call ended ")))
                .singleElement().asString().contains("callId=" + callId, "traceId=" + traceId, "outcome=cancelled");
        assertThat(lines).anyMatch(l -> l.startsWith("api error method=GET route=/v1/psip status=401 error=unauthorized"));
        assertThat(lines).anyMatch(l -> l.startsWith("api error method=POST route=/mediaservice/{domain}/sendremotecallringbackjwt "
                + "status=409 error=conflict callId=" + callId + " traceId=" + traceId));
        assertThat(lines).anyMatch(l -> l.startsWith("api error method=POST route=/mediaservice/{domain}/hangupcalljwt "
                + "status=404 error=not_found "));
        for (String line : lines) {
            for (String secret : secrets) {
                assertThat(line).as("a log line leaks a secret").doesNotContain(secret);
            }
        }
    }

    /** Everything of an event that any log format writes: message, key/value pairs, MDC, stack trace. */
    private static String render(ILoggingEvent e) {
        StringBuilder out = new StringBuilder(e.getFormattedMessage());
        if (e.getKeyValuePairs() != null) {
            e.getKeyValuePairs().forEach(kv -> out.append(' ').append(kv.key).append('=').append(kv.value));
        }
        out.append(' ').append(e.getMDCPropertyMap());
        if (e.getThrowableProxy() != null) {
            out.append('\n').append(ThrowableProxyUtil.asString(e.getThrowableProxy()));
        }
        return out.toString();
    }
}
