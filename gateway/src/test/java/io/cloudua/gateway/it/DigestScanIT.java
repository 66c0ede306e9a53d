package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.config.SipLimits;
import io.cloudua.sip.auth.DigestAlgorithm;
import io.cloudua.sip.auth.DigestCredentials;
import io.cloudua.testkit.Ports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A SIPVicious scan of a digest domain: svwar (user enumeration) learns nothing, because every name gets the
 * same answer, and svcrack (password guessing) is cut off by the lockout: after 5 failures from its address
 * it is refused with the same 403 a wrong password gets, so even the right password, 9th in its
 * dictionary, gets 403. Then, from other addresses: the user it attacked is locked out everywhere, another
 * user is not, and a locked user and an unknown one still cannot be told apart. The domain offers MD5 only,
 * the one algorithm svcrack speaks; its ACL excludes loopback, so every INVITE must authenticate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DigestScanIT {
    private static final String DOMAIN = "scandomain";
    private static final String PASSWORD = "s3cret-pass";
    private GatewayFixture fx;
    private Path dir;

    @BeforeAll
    void start() throws Exception {
        Sipvicious.require();
        fx = GatewayFixture.start(c -> c.withDigestAlgorithms(List.of("MD5"))
                .withSipLimits(SipLimits.DEFAULTS.withRate(0, 1).withDigest(5, Duration.ofSeconds(60), Duration.ofSeconds(300))));
        fx.createDomain(Map.of("name", DOMAIN, "application_id", "app", "acl", List.of("192.0.2.0/24"), "digest_auth", true,
                "callback_base_url", fx.device.baseUrl()));
        for (String user : List.of("bob", "carol")) {
            assertThat(fx.rest.postBasic("/v1/psip/" + DOMAIN + "/users", Map.of("key", user, "secret", PASSWORD),
                    GatewayFixture.ADMIN_KEY, GatewayFixture.ADMIN_SECRET).status()).isEqualTo(201);
        }
        fx.onHook("newRemoteCall", hook -> fx.rest.post("/mediaservice/" + DOMAIN + "/hangupcalljwt",
                Map.of("replyId", hook.body().path("replyId").asText()), fx.gateway.tokens().mintApiToken(DOMAIN, Duration.ofMinutes(5))));
        dir = Files.createTempDirectory("cloudua-scan-");
    }

    @AfterAll
    void stop() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    private List<String> common(String tool, String method) {
        return new ArrayList<>(List.of(tool, "-m", method, "--domain", DOMAIN, "-x", "127.0.0.1", "-b", "127.0.0.1",
                "-P", Integer.toString(Ports.freeUdpPort()), "-p", Integer.toString(fx.sipPort)));
    }

    @Test
    @Order(1)
    void svwarCannotTellExistingUsersFromMadeUpOnes() throws Exception {
        Path names = Files.write(dir.resolve("names.txt"), List.of("bob", "carol", "alice", "admin", "100", "1000", "test"));
        List<CompletableFuture<String>> scans = new ArrayList<>();
        for (String method : List.of("INVITE", "OPTIONS", "REGISTER")) {
            List<String> cmd = common("svwar", method);
            cmd.addAll(List.of("--force", "-d", names.toString(), "127.0.0.1"));
            scans.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return method + ":\n" + Sipvicious.run(cmd, Duration.ofSeconds(12), null, Duration.ZERO);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<String> scan : scans) {
            String out = scan.get();
            System.out.println("[digest-scan] svwar " + out.lines().findFirst().orElse("") + " "
                    + out.lines().filter(l -> l.contains("found nothing") || l.contains("unknown response")
                            || l.contains("method not allowed")).map(String::strip).toList());
            assertThat(out).as(out).doesNotContain("exists").doesNotContain("| bob").doesNotContain("| carol")
                    .contains("found nothing");
        }
        assertThat(fx.gateway.abuseCounters().digestFailures()).as("svwar sends no credentials").isZero();
    }

    @Test
    @Order(2)
    void svcrackIsLockedOutBeforeItReachesTheRightPassword() throws Exception {
        List<String> guesses = new ArrayList<>(List.of("123456", "password", "bob", "1234", "qwerty", "letmein", "secret",
                "bob123", PASSWORD, "admin", "welcome"));
        Path dictionary = Files.write(dir.resolve("passwords.txt"), guesses);
        List<String> cmd = common("svcrack", "INVITE");
        cmd.addAll(List.of("-u", "bob", "-d", dictionary.toString(), "-vvv", "127.0.0.1"));
        String out = Sipvicious.run(cmd, Duration.ofSeconds(20), "no more passwords", Duration.ofMillis(500));

        System.out.println("[digest-scan] svcrack tried " + out.lines().filter(l -> l.contains("trying ")).count()
                + " passwords; failures " + fx.gateway.abuseCounters().digestFailures() + ", refused unchecked "
                + fx.gateway.abuseCounters().digestRefused());
        assertThat(out).as(out).contains("trying " + PASSWORD).contains("no more passwords")
                .doesNotContain("The password for").doesNotContain("unknown response");
        // svcrack overlaps attempts (it answers retransmitted 401s too), so one or two may be checked alongside
        // the fifth failure before the lockout is in force; the right password, 9th, never is.
        long failures = fx.gateway.abuseCounters().digestFailures();
        assertThat(failures).as("failures checked before the lockout").isBetween(5L, 7L);
        assertThat(fx.gateway.abuseCounters().digestRefused()).as("refused unchecked, the right password among them")
                .isGreaterThanOrEqualTo(guesses.size() - failures);

        // From another address: bob, whose name was attacked, is locked out even with his password...
        assertThat(attempt("127.0.0.2", "bob", PASSWORD)).isEqualTo(403);
        // ...carol is not (admitted, then refused busy by the device)...
        assertThat(attempt("127.0.0.2", "carol", PASSWORD)).isEqualTo(486);
        // ...and a locked-out user is answered exactly like one that does not exist.
        assertThat(attempt("127.0.0.3", "nobody", "guess")).isEqualTo(403);
        assertThat(attempt("127.0.0.3", "bob", "guess")).isEqualTo(403);
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
    }

    /** One INVITE, its 401, and the answer with credentials: the final status of the second INVITE. */
    private int attempt(String from, String user, String password) throws Exception {
        String callId = "scan-" + user + "-" + System.nanoTime();
        try (RawSipClient sip = RawSipClient.udpFrom(from, fx.sipPort)) {
            sip.send(sip.invite(user, DOMAIN, callId, "z9hG4bK-" + callId + "-1"));
            assertThat(sip.readUntilFinal()).last().isEqualTo(401);
            String nonce = param(sip.header("WWW-Authenticate"), "nonce");
            sip.send(sip.ackOfFailure(user, DOMAIN, callId, "z9hG4bK-" + callId + "-1"));
            String uri = "sip:" + user + "@" + DOMAIN;
            DigestCredentials c = new DigestCredentials(user, DOMAIN, nonce, uri, null, "MD5", "auth", "00000001", "c0ffee", null);
            String response = DigestAlgorithm.MD5.response(DigestAlgorithm.MD5.hash(user + ":" + DOMAIN + ":" + password), "INVITE", c);
            String authorization = "Digest username=\"" + user + "\", realm=\"" + DOMAIN + "\", nonce=\"" + nonce + "\", uri=\""
                    + uri + "\", response=\"" + response + "\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"c0ffee\"";
            sip.send(sip.invite(user, DOMAIN, callId, "z9hG4bK-" + callId + "-2", 2, authorization));
            List<Integer> codes = sip.readUntilFinal();
            while (!sip.header("CSeq").startsWith("2 ")) {
                codes = sip.readUntilFinal();  // a retransmitted 401 of the first INVITE, sent before our ACK arrived
            }
            sip.send(sip.ackOfFailure(user, DOMAIN, callId, "z9hG4bK-" + callId + "-2", 2));
            return codes.get(codes.size() - 1);
        }
    }

    private static String param(String header, String name) {
        Matcher m = Pattern.compile(name + "=\"?([^\",]+)\"?").matcher(header);
        return m.find() ? m.group(1) : null;
    }
}
