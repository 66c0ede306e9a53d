package io.cloudua.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The UDP receive path (our processor in place of the RI's): datagrams of every size up to the UDP limit are
 * read whole from the one reused buffer, one after another without mixing, and answered from the listening
 * port, not from a fresh socket.
 */
class UdpReceiveTest {
    private ScheduledExecutorService timers;
    private SipUserAgent ua;
    private DatagramSocket peer;
    private int port;

    @BeforeEach
    void start() throws Exception {
        timers = Executors.newSingleThreadScheduledExecutor();
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        ua = SipUserAgent.start(SipConfig.defaults("127.0.0.1", port, "127.0.0.1"), leg -> leg.reject(486, "Busy Here"),
                timers, SipMetrics.NOOP);
        peer = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        peer.setSoTimeout(5000);
        peer.setReceiveBufferSize(1 << 20);
    }

    @AfterEach
    void stop() {
        ua.close();
        peer.close();
        timers.shutdownNow();
    }

    private String options(String id, int padding) {
        return "OPTIONS sip:cloudua@127.0.0.1:" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + peer.getLocalPort() + ";branch=z9hG4bK-udp-" + id + "\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=" + id + "\r\nTo: <sip:cloudua@127.0.0.1>\r\n"
                + "Call-ID: udp-" + id + "\r\nCSeq: 1 OPTIONS\r\n"
                + (padding > 0 ? "Subject: " + "x".repeat(padding) + "\r\n" : "")
                + "Content-Length: 0\r\n\r\n";
    }

    private DatagramPacket exchange(String message) throws Exception {
        byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
        peer.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
        byte[] buffer = new byte[65_535];
        DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
        peer.receive(answer);
        return answer;
    }

    private static String text(DatagramPacket p) {
        return new String(p.getData(), p.getOffset(), p.getLength(), StandardCharsets.US_ASCII);
    }

    @Test
    void smallAndLargeDatagramsAreReadWholeAndAnsweredFromTheListeningPort() throws Exception {
        for (int padding : new int[] {0, 1_000, 20_000, 60_000, 0}) {
            String id = "p" + padding + "-" + System.nanoTime();
            DatagramPacket answer = exchange(options(id, padding));
            assertThat(answer.getPort()).as("answered from the listening port").isEqualTo(port);
            assertThat(text(answer)).startsWith("SIP/2.0 200").contains("Call-ID: udp-" + id);
        }
    }

    /** Bursts of 30 (a socket's default receive buffer holds about that many of these): all answered, none mixed. */
    @Test
    void burstsOfDatagramsAreAnsweredOneByOneWithoutMixingBuffers() throws Exception {
        java.util.Set<String> answered = new java.util.HashSet<>();
        byte[] buffer = new byte[65_535];
        java.util.regex.Pattern callId = java.util.regex.Pattern.compile("Call-ID: udp-(b\\d+)");
        for (int burst = 0; burst < 10; burst++) {
            for (int i = burst * 30; i < burst * 30 + 30; i++) {
                byte[] bytes = options("b" + i, i % 7 * 300).getBytes(StandardCharsets.US_ASCII);
                peer.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
            }
            for (int i = 0; i < 30; i++) {
                DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
                peer.receive(answer);
                String t = text(answer);
                assertThat(t).startsWith("SIP/2.0 200");
                java.util.regex.Matcher m = callId.matcher(t);
                assertThat(m.find()).isTrue();
                answered.add(m.group(1));
            }
        }
        assertThat(answered).hasSize(300);
    }
}
