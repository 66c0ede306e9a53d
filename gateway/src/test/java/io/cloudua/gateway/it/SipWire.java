package io.cloudua.gateway.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Fires raw bytes at the gateway, the way a fuzzer or a broken peer would, and collects whatever comes back
 * until a final response or the wait runs out. Each shot has its own socket (so answers cannot be mixed up)
 * and nothing is parsed beyond status lines and Content-Length: the point is to send what no SIP library
 * would. TLS trusts any certificate (the gateway's is self-signed in tests).
 */
final class SipWire {
    enum Transport { UDP, TCP, TLS }

    /** What came back for one shot: the full text of each response, in order. */
    record Answer(List<String> responses) {
        private static final Pattern STATUS = Pattern.compile("^SIP/2\\.0 (\\d{3})");

        List<Integer> statuses() {
            List<Integer> codes = new ArrayList<>();
            for (String r : responses) {
                Matcher m = STATUS.matcher(r);
                codes.add(m.find() ? Integer.parseInt(m.group(1)) : -1);
            }
            return codes;
        }

        /** The last final status (>= 200), or 0 when none came. */
        int finalStatus() {
            List<Integer> s = statuses();
            return s.stream().filter(c -> c >= 200).reduce((a, b) -> b).orElse(0);
        }

        /** The text of the final response, or "". */
        String finalResponse() {
            for (int i = responses.size() - 1; i >= 0; i--) {
                if (statuses().get(i) >= 200) {
                    return responses.get(i);
                }
            }
            return "";
        }

        String describe() {
            return responses.isEmpty() ? "no answer" : String.join(" / ", responses.stream().map(r -> r.lines().findFirst().orElse("")).toList());
        }
    }

    private SipWire() { }

    static Answer send(Transport transport, int port, byte[] message, Duration wait) throws IOException {
        return transport == Transport.UDP ? udp(port, message, wait) : stream(transport, port, message, wait);
    }

    private static Answer udp(int port, byte[] message, Duration wait) throws IOException {
        List<String> responses = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.send(new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), port));
            byte[] buf = new byte[65536];
            while (!hasFinal(responses)) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) left);
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    socket.receive(p);
                } catch (SocketTimeoutException e) {
                    break;
                }
                responses.add(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
            }
        }
        return new Answer(responses);
    }

    private static Answer stream(Transport transport, int port, byte[] message, Duration wait) throws IOException {
        List<String> responses = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        try (Socket socket = transport == Transport.TLS ? tls(port) : new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(message);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!hasFinal(responses)) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                socket.setSoTimeout((int) left);
                int n;
                try {
                    n = in.read(buf);
                } catch (SocketTimeoutException e) {
                    break;
                } catch (IOException e) {
                    break;  // reset by the gateway: as good as closed
                }
                if (n < 0) {
                    break;
                }
                got.write(buf, 0, n);
                responses.clear();
                responses.addAll(split(got.toString(StandardCharsets.UTF_8)));
            }
        }
        return new Answer(responses);
    }

    /** Complete messages in a stream: header block, then Content-Length bytes of body. */
    private static List<String> split(String stream) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (true) {
            int end = stream.indexOf("\r\n\r\n", pos);
            if (end < 0) {
                return out;
            }
            String head = stream.substring(pos, end);
            Matcher m = Pattern.compile("(?im)^(?:content-length|l)\\s*:\\s*(\\d+)").matcher(head);
            int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
            int next = Math.min(stream.length(), end + 4 + length);
            out.add(stream.substring(pos, next).strip());
            pos = next;
        }
    }

    private static boolean hasFinal(List<String> responses) {
        return new Answer(responses).finalStatus() >= 200;
    }

    private static Socket tls(int port) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
                @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
                @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            return context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("no TLS", e);
        }
    }
}
