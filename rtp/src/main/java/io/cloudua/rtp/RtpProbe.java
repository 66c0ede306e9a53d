package io.cloudua.rtp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A blocking UDP endpoint on 127.0.0.1 that sends and receives RTP, for tests that must prove
 * media really flows: that the address cloudua put in SDP reaches the device, through a relay or
 * not, with the payload type that was negotiated.
 *
 * <p>Test-only by intent: it binds an ephemeral loopback port, runs on the caller's thread and
 * waits on real time. Each probe is one RTP source with its own random SSRC; it sends 20 ms
 * packets of 160 bytes (8 kHz G.711), with sequence numbers and timestamps that carry on across
 * calls to {@link #send}. Datagrams that are not RTP are dropped by {@link #receive}.
 */
public final class RtpProbe implements AutoCloseable {

    /** Samples (and payload bytes) in a 20 ms G.711 packet. */
    public static final int SAMPLES_PER_PACKET = 160;

    private static final int MAX_DATAGRAM = 65_535;

    /** A packet that arrived, with the address it came from. */
    public record Received(RtpPacket packet, InetSocketAddress source) {}

    private final DatagramSocket socket;
    private final long ssrc;
    private int sequenceNumber;
    private long timestamp;

    private RtpProbe(DatagramSocket socket, SecureRandom random) {
        this.socket = socket;
        // RFC 3550 sections 5.1 and 8: random SSRC, initial sequence number and timestamp.
        this.ssrc = random.nextInt() & 0xFFFF_FFFFL;
        this.sequenceNumber = random.nextInt(0x10000);
        this.timestamp = random.nextInt() & 0xFFFF_FFFFL;
    }

    /** Binds 127.0.0.1 on an ephemeral port. */
    public static RtpProbe open() throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return new RtpProbe(socket, new SecureRandom());
    }

    /** Where this probe receives; put it in SDP or a REST receiveIp/receivePort. */
    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    public long ssrc() {
        return ssrc;
    }

    /**
     * Sends {@code count} packets of {@code payloadType} to {@code to}, back to back; the first
     * has the marker bit (RFC 3551 section 4.1: start of a talkspurt). The payload is silence:
     * 0xFF (mu-law zero) for PT 0, 0xD5 (A-law zero) for PT 8, zero bytes otherwise.
     *
     * @return the packets as sent
     */
    public List<RtpPacket> send(InetSocketAddress to, int payloadType, int count) throws IOException {
        byte[] payload = new byte[SAMPLES_PER_PACKET];
        Arrays.fill(payload, payloadType == 0 ? (byte) 0xFF : payloadType == 8 ? (byte) 0xD5 : 0);
        List<RtpPacket> sent = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            RtpPacket packet = new RtpPacket(i == 0, payloadType, sequenceNumber, timestamp, ssrc, List.of(), null,
                    payload, 0);
            send(to, packet);
            sent.add(packet);
            sequenceNumber = (sequenceNumber + 1) & 0xFFFF;
            timestamp = (timestamp + SAMPLES_PER_PACKET) & 0xFFFF_FFFFL;
        }
        return sent;
    }

    /** Sends one packet as it is. */
    public void send(InetSocketAddress to, RtpPacket packet) throws IOException {
        byte[] bytes = packet.toBytes();
        socket.send(new DatagramPacket(bytes, bytes.length, to));
    }

    /**
     * Collects RTP packets until {@code max} have arrived or {@code timeout} has passed,
     * whichever comes first.
     */
    public List<Received> receive(int max, Duration timeout) throws IOException {
        List<Received> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (received.size() < max) {
            long remainingMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (remainingMillis <= 0) {
                break;
            }
            socket.setSoTimeout((int) Math.min(remainingMillis, Integer.MAX_VALUE));
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (SocketTimeoutException e) {
                break;
            }
            Optional<RtpPacket> packet = RtpPacket.parse(datagram.getData(), datagram.getOffset(), datagram.getLength());
            packet.ifPresent(p -> received.add(new Received(p, (InetSocketAddress) datagram.getSocketAddress())));
        }
        return received;
    }

    /** How many RTP packets arrive within {@code timeout}, counting at most {@code max}. */
    public int count(int max, Duration timeout) throws IOException {
        return receive(max, timeout).size();
    }

    @Override
    public void close() {
        socket.close();
    }
}
