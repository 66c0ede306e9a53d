package io.cloudua.sip;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.sip.sdp.LocalMedia;
import io.cloudua.sip.sdp.RemoteMedia;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user agent reports the messages it receives and sends to its {@link SipMetrics}: a real stack on
 * loopback, driven by raw UDP datagrams so the test sees exactly what crossed the wire.
 */
class SipMetricsTest {
    private final Queue<String> seen = new ConcurrentLinkedQueue<>();
    private volatile boolean failing;
    private final SipMetrics recorder = new SipMetrics() {
        @Override public void requestIn(String method) { record("in " + method); }
        @Override public void responseIn(int status, String method) { record("in " + status + " " + method); }
        @Override public void requestOut(String method) { record("out " + method); }
        @Override public void responseOut(int status, String method) { record("out " + status + " " + method); }
    };

    /** Records, then throws when the test wants a broken metrics implementation. */
    private void record(String event) {
        seen.add(event);
        if (failing) {
            throw new IllegalStateException("broken metrics");
        }
    }
    private ScheduledExecutorService timers;
    private SipUserAgent ua;
    private DatagramSocket peer;
    private int port;

    @BeforeEach
    void start() throws Exception {
        timers = Executors.newSingleThreadScheduledExecutor();
        port = freePort();
        ua = SipUserAgent.start(SipConfig.defaults("127.0.0.1", port, "127.0.0.1"), leg -> leg.reject(486, "Busy Here"),
                timers, recorder);
        peer = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        peer.setSoTimeout(5000);
    }

    @AfterEach
    void stop() {
        ua.close();
        peer.close();
        timers.shutdownNow();
    }

    @Test
    void countsARequestInAndItsResponseOut() throws Exception {
        send("OPTIONS sip:cloudua@127.0.0.1:" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + peer.getLocalPort() + ";branch=z9hG4bK-metrics-1\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=p1\r\nTo: <sip:cloudua@127.0.0.1>\r\n"
                + "Call-ID: metrics-options-1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n", port);
        assertThat(receive()).startsWith("SIP/2.0 200");
        awaitCount(2);  // the response may reach us before the sender counted it
        assertThat(seen).containsExactly("in OPTIONS", "out 200 OPTIONS");
    }

    @Test
    void countsARequestOutAndTheResponseIn() throws Exception {
        CompletableFuture<LegEnd> ended = new CompletableFuture<>();
        ua.invite(new InviteRequest("4600", null, "sip:far@127.0.0.1:" + peer.getLocalPort(),
                new LocalMedia("127.0.0.1", 40000, "PCMU", 101, List.of(), null)), new OutboundListener() {
                    @Override public void onProgress(int status, String reason, RemoteMedia media) { }
                    @Override public void onAnswered(Answer answer) { }
                    @Override public void onEnded(LegEnd end) { ended.complete(end); }
                });
        String invite = receive();
        assertThat(invite).startsWith("INVITE sip:far@");
        send("SIP/2.0 486 Busy Here\r\n" + header(invite, "Via") + header(invite, "From")
                + header(invite, "To").replace("\r\n", ";tag=far1\r\n") + header(invite, "Call-ID") + header(invite, "CSeq")
                + "Content-Length: 0\r\n\r\n", port);
        assertThat(ended.get(5, TimeUnit.SECONDS).sipStatus()).isEqualTo(486);
        assertThat(seen).containsExactly("out INVITE", "in 486 INVITE");
    }

    @Test
    void aThrowingMetricsImplementationNeverBreaksSip() throws Exception {
        failing = true;
        send("OPTIONS sip:cloudua@127.0.0.1:" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + peer.getLocalPort() + ";branch=z9hG4bK-metrics-2\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=p2\r\nTo: <sip:cloudua@127.0.0.1>\r\n"
                + "Call-ID: metrics-options-2\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n", port);
        assertThat(receive()).startsWith("SIP/2.0 200");
        awaitCount(2);
        assertThat(seen).containsExactly("in OPTIONS", "out 200 OPTIONS");
    }

    private void awaitCount(int n) throws InterruptedException {
        for (int i = 0; i < 200 && seen.size() < n; i++) {
            Thread.sleep(10);
        }
    }

    private void send(String message, int to) throws Exception {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        peer.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), to));
    }

    private String receive() throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[8192], 8192);
        peer.receive(packet);
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }

    private static String header(String message, String name) {
        for (String line : message.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line + "\r\n";
            }
        }
        throw new AssertionError("no " + name + " in " + message);
    }

    /** A port free on both UDP and TCP (the user agent listens on both). */
    private static int freePort() throws Exception {
        for (int i = 0; i < 20; i++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                 ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 1, InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (java.io.IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port");
    }
}
