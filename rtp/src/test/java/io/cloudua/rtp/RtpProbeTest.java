package io.cloudua.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtpProbeTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void mediaFlowsBetweenTwoProbes() throws Exception {
        try (RtpProbe device = RtpProbe.open(); RtpProbe phone = RtpProbe.open()) {
            assertThat(device.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(device.address().getPort()).isPositive();

            List<RtpPacket> sent = device.send(phone.address(), 8, 50);
            List<RtpProbe.Received> received = phone.receive(50, WAIT);

            assertThat(received).hasSize(50);
            assertThat(received).allSatisfy(r -> {
                assertThat(r.source()).isEqualTo(device.address());
                assertThat(r.packet().payloadType()).isEqualTo(8);
                assertThat(r.packet().ssrc()).isEqualTo(device.ssrc());
                assertThat(r.packet().payload()).hasSize(RtpProbe.SAMPLES_PER_PACKET).containsOnly((byte) 0xD5);
            });
            assertThat(received.stream().map(RtpProbe.Received::packet).toList())
                    .containsExactlyInAnyOrderElementsOf(sent);
            assertThat(sent.get(0).marker()).isTrue();
            assertThat(sent.get(1).sequenceNumber()).isEqualTo((sent.get(0).sequenceNumber() + 1) & 0xFFFF);
            assertThat(sent.get(1).timestamp()).isEqualTo((sent.get(0).timestamp() + 160) & 0xFFFF_FFFFL);
        }
    }

    @Test
    void sequenceCarriesOnAcrossSends() throws Exception {
        try (RtpProbe a = RtpProbe.open(); RtpProbe b = RtpProbe.open()) {
            List<RtpPacket> first = a.send(b.address(), 0, 2);
            List<RtpPacket> second = a.send(b.address(), 0, 1);
            assertThat(second.get(0).sequenceNumber()).isEqualTo((first.get(1).sequenceNumber() + 1) & 0xFFFF);
            assertThat(b.count(3, WAIT)).isEqualTo(3);
        }
    }

    @Test
    void nonRtpDatagramsAreIgnored() throws Exception {
        try (RtpProbe probe = RtpProbe.open(); DatagramSocket other = new DatagramSocket()) {
            byte[] junk = {1, 2, 3};
            other.send(new DatagramPacket(junk, junk.length, probe.address()));
            probe.send(probe.address(), RtpPacket.of(101, 1, 2, 3, new TelephoneEvent(1, true, 10, 800).encode()));
            List<RtpProbe.Received> received = probe.receive(2, Duration.ofMillis(500));
            assertThat(received).hasSize(1);
            assertThat(TelephoneEvent.decode(received.get(0).packet().payload()))
                    .contains(new TelephoneEvent(1, true, 10, 800));
        }
    }

    @Test
    void receiveReturnsWhatArrivedWhenTheTimeoutEnds() throws Exception {
        try (RtpProbe probe = RtpProbe.open()) {
            assertThat(probe.count(1, Duration.ofMillis(100))).isZero();
        }
    }
}
