package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.config.SipLimits;
import io.cloudua.testkit.Sipp;
import io.cloudua.testkit.SippOptions;
import io.cloudua.testkit.SippResult;
import io.cloudua.testkit.SippRun;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Malformed SIP never crashes or wedges the gateway: every RFC 4475 / RFC 5118 torture message, then our own
 * corpus of broken messages (see {@link MalformedCorpus}), fired at one running gateway over UDP, TCP and
 * TLS; each answer is checked against what is allowed for it, the gateway must answer a plain OPTIONS after
 * each group, and at the end a normal SIPp call must still work with no call or leg left behind. The counts
 * printed at the end are the ones summarised in docs/security.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SipTortureIT {
    private static final Duration WAIT = Duration.ofMillis(1500);
    private GatewayFixture fx;
    private ExecutorService pool;
    private final Map<String, Map<String, Integer>> summary = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        SippRequirement.check();
        String ci = System.getenv("CI");
        if (!TortureCorpus.present() && (ci == null || ci.isBlank())) {
            Assumptions.abort("torture corpus not found at " + TortureCorpus.DIR.toAbsolutePath());
        }
        fx = GatewayFixture.startWithTls(c -> c.withSipLimits(SipLimits.OFF));
        pool = Executors.newCachedThreadPool();
    }

    @AfterAll
    void stop() throws Exception {
        summary.forEach((group, counts) -> System.out.println("[sip-torture] " + group + ": " + counts));
        pool.shutdownNow();
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    @Order(1)
    void everyTortureMessageGetsTheAnswerTheReadmeAllows() throws Exception {
        List<TortureCorpus.Message> corpus = TortureCorpus.load();
        List<Future<SipWire.Answer>> answers = new ArrayList<>();
        for (TortureCorpus.Message m : corpus) {
            answers.add(pool.submit(() -> SipWire.send(m.transport(), portFor(m.transport()), m.bytes(), WAIT)));
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            TortureCorpus.Message m = corpus.get(i);
            SipWire.Answer a = answers.get(i).get();
            count("RFC 4475/5118 torture (" + corpus.size() + ")", a);
            if (!m.expect().allows(a) || leaksInternals(a)) {
                wrong.add(m.name() + " over " + m.transport() + ": expected " + m.expect() + ", got " + a.describe());
            }
        }
        assertThat(wrong).as("torture messages answered against the README").isEmpty();
        assertAlive();
    }

    @Test
    @Order(2)
    void ourOwnCorpusIsAnsweredOrDroppedAndTheGatewayKeepsServing() throws Exception {
        List<MalformedCorpus.Shot> corpus = MalformedCorpus.build(GatewayFixture.DOMAIN);
        List<String> wrong = new ArrayList<>();
        Map<String, List<MalformedCorpus.Shot>> groups = new LinkedHashMap<>();
        corpus.forEach(s -> groups.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<MalformedCorpus.Shot>> group : groups.entrySet()) {
            List<Future<SipWire.Answer>> answers = new ArrayList<>();
            for (MalformedCorpus.Shot s : group.getValue()) {
                answers.add(pool.submit(() -> SipWire.send(s.transport(), portFor(s.transport()), s.bytes(), WAIT)));
            }
            for (int i = 0; i < answers.size(); i++) {
                MalformedCorpus.Shot s = group.getValue().get(i);
                SipWire.Answer a = answers.get(i).get();
                count(group.getKey() + " (" + group.getValue().size() + ")", a);
                if (!s.allow().allows(a) || leaksInternals(a)) {
                    wrong.add(s.name() + " over " + s.transport() + ": expected " + s.allow() + ", got " + a.describe());
                }
            }
            assertAlive();
        }
        assertThat(wrong).as("own corpus").isEmpty();
        assertThat(fx.device.all()).as("no broken offer reached the device")
                .noneMatch(h -> h.body().path("callId").asText().startsWith("sdp-"));
    }

    @Test
    @Order(3)
    void aNormalCallStillWorksAndNothingLeaked() throws Exception {
        fx.onHook("newRemoteCall", hook -> fx.action("answerremotecalljwt", Map.of("replyId",
                hook.body().path("replyId").asText(), "codec", "PCMA", "receiveIp", "127.0.0.1", "receivePort", 30000)));
        SippResult result;
        try (SippRun run = Sipp.start(SippOptions.uac(Sipp.scenario("uac-answered-caller-bye"), fx.sipPort, "alice")
                .withVar("domain", GatewayFixture.DOMAIN).withTimeout(Duration.ofSeconds(15)))) {
            result = run.await(Duration.ofSeconds(15));
        }
        assertThat(result.passed()).as(result.describe()).isTrue();
        fx.device.await("callHungup", b -> "caller hangup".equals(b.path("reason").asText()), Duration.ofSeconds(10));
        Leaks.assertNoLiveCalls(fx.gateway, Duration.ofSeconds(10));
        assertThat(fx.gateway.abuseCounters().sipRejected()).as("requests refused by the screen").isPositive();
    }

    private int portFor(SipWire.Transport t) {
        return t == SipWire.Transport.TLS ? fx.sipTlsPort : fx.sipPort;
    }

    /** No answer may carry the parser's internals (object names, exception texts) or a broken status line. */
    private static boolean leaksInternals(SipWire.Answer a) {
        return a.responses().stream().anyMatch(r -> r.contains("[C@") || r.contains("Exception")
                || !r.lines().findFirst().orElse("").matches("SIP/2\\.0 \\d{3} [^\\r\\n]*"));
    }

    private void assertAlive() throws Exception {
        String id = "alive-" + System.nanoTime();
        SipWire.Answer a = SipWire.send(SipWire.Transport.UDP, fx.sipPort,
                SipTemplates.options(id, GatewayFixture.DOMAIN, "UDP", "").getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(3));
        assertThat(a.finalStatus()).as("the gateway still answers OPTIONS").isEqualTo(200);
    }

    private void count(String group, SipWire.Answer a) {
        String outcome = a.responses().isEmpty() ? "no answer" : Integer.toString(a.finalStatus());
        summary.computeIfAbsent(group, g -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }
}
