package io.cloudua.gateway.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A minimal SIP caller for what SIPp cannot do here: SIP over TLS (the Debian SIPp is built without TLS,
 * so this stands in for `sipp -t l1`) and SHA-256 digest (SIPp speaks only MD5). Real sockets to the
 * gateway, raw SIP text on top. Over TLS it trusts any certificate (the gateway's is self-signed in tests).
 */
final class RawSipClient implements AutoCloseable {
    private final java.io.Closeable socket;
    private final BufferedReader in;
    private final OutputStream out;
    private final String transport;
    private final int localPort;

    /** Over UDP: one datagram per message, read through a pipe so parsing is the same as for TLS. */
    static RawSipClient udp(int port) throws IOException {
        return new RawSipClient(new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress()), port);
    }

    /** Over UDP from another loopback address (127.0.0.2, ...), to be another source to the gateway. */
    static RawSipClient udpFrom(String localAddress, int port) throws IOException {
        return new RawSipClient(new java.net.DatagramSocket(0, java.net.InetAddress.getByName(localAddress)), port);
    }

    static RawSipClient tls(int port) throws Exception {
        return new RawSipClient(port);
    }

    private RawSipClient(java.net.DatagramSocket udp, int port) throws IOException {
        udp.connect(java.net.InetAddress.getLoopbackAddress(), port);
        udp.setSoTimeout(10_000);
        this.socket = udp;
        this.transport = "UDP";
        this.localPort = udp.getLocalPort();
        this.out = new OutputStream() {
            private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            @Override public void write(int b) { buffer.write(b); }
            @Override public void flush() throws IOException {
                byte[] data = buffer.toByteArray();
                buffer.reset();
                udp.send(new java.net.DatagramPacket(data, data.length));
            }
        };
        this.in = new BufferedReader(new InputStreamReader(new java.io.InputStream() {
            private java.io.ByteArrayInputStream current = new java.io.ByteArrayInputStream(new byte[0]);
            @Override public int read() throws IOException {
                fill();
                return current.read();
            }
            /** At most what is left of the current datagram: never wait for more than one. */
            @Override public int read(byte[] b, int off, int len) throws IOException {
                fill();
                return current.read(b, off, len);
            }
            private void fill() throws IOException {
                while (current.available() == 0) {
                    byte[] buf = new byte[65536];
                    java.net.DatagramPacket p = new java.net.DatagramPacket(buf, buf.length);
                    udp.receive(p);
                    current = new java.io.ByteArrayInputStream(buf, 0, p.getLength());
                }
            }
        }, StandardCharsets.UTF_8));
    }

    private RawSipClient(int port) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, null);
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
        ssl.setSoTimeout(10_000);
        ssl.startHandshake();
        socket = ssl;
        transport = "TLS";
        localPort = ssl.getLocalPort();
        in = new BufferedReader(new InputStreamReader(ssl.getInputStream(), StandardCharsets.UTF_8));
        out = ssl.getOutputStream();
    }

    int localPort() {
        return localPort;
    }

    void send(String message) throws IOException {
        out.write(message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The header lines of the last response read. */
    final List<String> lastHeaders = new ArrayList<>();

    /** Reads responses until a final one (>= 200) and returns every status line's code in order. */
    List<Integer> readUntilFinal() throws IOException {
        List<Integer> codes = new ArrayList<>();
        while (true) {
            String statusLine = in.readLine();
            if (statusLine == null) {
                return codes;
            }
            if (statusLine.isEmpty()) {
                continue;
            }
            int contentLength = 0;
            lastHeaders.clear();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lastHeaders.add(line);
                if (line.toLowerCase().startsWith("content-length:") || line.toLowerCase().startsWith("l:")) {
                    contentLength = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            for (int i = 0; i < contentLength; i++) {
                in.read();
            }
            int code = Integer.parseInt(statusLine.split(" ")[1]);
            codes.add(code);
            if (code >= 200) {
                return codes;
            }
        }
    }

    /** An INVITE to user@domain with a plain PCMA offer. */
    String invite(String user, String domain, String callId, String branch) {
        return invite(user, domain, callId, branch, 1, null);
    }

    /** An INVITE with the given CSeq and an optional Authorization header value. */
    String invite(String user, String domain, String callId, String branch, int cseq, String authorization) {
        String sdp = "v=0\no=tls 1 1 IN IP4 127.0.0.1\ns=-\nc=IN IP4 127.0.0.1\nt=0 0\nm=audio 7000 RTP/AVP 8\na=rtpmap:8 PCMA/8000\n";
        return "INVITE sip:" + user + "@" + domain + " SIP/2.0\n"
                + "Via: SIP/2.0/" + transport + " 127.0.0.1:" + localPort() + ";branch=" + branch + "\n"
                + "From: <sip:tls@127.0.0.1>;tag=tls1\n"
                + "To: <sip:" + user + "@" + domain + ">\n"
                + "Call-ID: " + callId + "\n"
                + "CSeq: " + cseq + " INVITE\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\n")
                + "Contact: <sip:tls@127.0.0.1:" + localPort() + ";transport=" + transport.toLowerCase() + ">\n"
                + "Max-Forwards: 70\n"
                + "Content-Type: application/sdp\n"
                + "Content-Length: " + sdp.replace("\n", "\r\n").length() + "\n\n" + sdp;
    }

    /** The ACK of a non-2xx final response (same branch as the INVITE, RFC 3261 17.1.1.3). */
    String ackOfFailure(String user, String domain, String callId, String branch) {
        return ackOfFailure(user, domain, callId, branch, 1);
    }

    String ackOfFailure(String user, String domain, String callId, String branch, int cseq) {
        return "ACK sip:" + user + "@" + domain + " SIP/2.0\n"
                + "Via: SIP/2.0/" + transport + " 127.0.0.1:" + localPort() + ";branch=" + branch + "\n"
                + "From: <sip:tls@127.0.0.1>;tag=tls1\n"
                + "To: " + toOfLastResponse(user, domain) + "\n"
                + "Call-ID: " + callId + "\n"
                + "CSeq: " + cseq + " ACK\n"
                + "Max-Forwards: 70\n"
                + "Content-Length: 0\n\n";
    }

    /** The To of the last response, with its tag: the ACK of a failure must carry it (RFC 3261 17.1.1.3). */
    private String toOfLastResponse(String user, String domain) {
        String to = header("To");
        return to != null ? to : "<sip:" + user + "@" + domain + ">";
    }

    /** The value of the first header line starting with name (e.g. "WWW-Authenticate"), or null. */
    String header(String name) {
        return lastHeaders.stream().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse(null);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
