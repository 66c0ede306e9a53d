package io.cloudua.api.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import org.junit.jupiter.api.Test;

class IpLiteralTest {

    @Test
    void ipv4Bytes() {
        assertThat(IpLiteral.parse("192.168.1.254")).hasValueSatisfying(b ->
                assertThat(b).containsExactly((byte) 192, (byte) 168, 1, (byte) 254));
    }

    @Test
    void ipv6Expansion() {
        byte[] b = IpLiteral.parse("2001:db8::ff00:42:8329").orElseThrow();
        assertThat(b).hasSize(16);
        assertThat(b[0]).isEqualTo((byte) 0x20);
        assertThat(b[1]).isEqualTo((byte) 0x01);
        assertThat(b[15]).isEqualTo((byte) 0x29);
        assertThat(b[4]).isZero();
    }

    @Test
    void embeddedIpv4OnlyAtTheEnd() {
        assertThat(IpLiteral.isIpv6("::ffff:1.2.3.4")).isTrue();
        assertThat(IpLiteral.isIpv6("64:ff9b::192.0.2.33")).isTrue();
        assertThat(IpLiteral.isIpv6("1.2.3.4::")).isFalse();
        assertThat(IpLiteral.isIpv6("::1.2.3.4:1")).isFalse();
        assertThat(IpLiteral.isIpv6("1:2:3:4:5:6:1.2.3.4")).isTrue();
        assertThat(IpLiteral.isIpv6("1:2:3:4:5:6:7:1.2.3.4")).isFalse();
    }

    @Test
    void groupCounts() {
        assertThat(IpLiteral.isIpv6("1:2:3:4:5:6:7:8")).isTrue();
        assertThat(IpLiteral.isIpv6("1:2:3:4:5:6:7")).isFalse();
        assertThat(IpLiteral.isIpv6("1:2:3:4:5:6:7::")).isTrue();
        assertThat(IpLiteral.isIpv6("1:2:3:4:5:6:7:8::")).isFalse();
        assertThat(IpLiteral.isIpv6("::1:2:3:4:5:6:7")).isTrue();
        assertThat(IpLiteral.isIpv6(":1:2:3:4:5:6:7")).isFalse();
        assertThat(IpLiteral.isIpv6("1:2:3:4:5:6:7:")).isFalse();
        assertThat(IpLiteral.isIpv6("::12345")).isFalse();
        assertThat(IpLiteral.isIpv6("::g")).isFalse();
    }

    @Test
    void nonAsciiDigitsAreRejected() {
        assertThat(IpLiteral.isValid("\u0661.2.3.4")).isFalse();
        assertThat(IpLiteral.isValid("::\u0661")).isFalse();
    }

    @Test
    void leadingZerosAndSignsRejected() {
        assertThat(IpLiteral.isIpv4("01.2.3.4")).isFalse();
        assertThat(IpLiteral.isIpv4("0.2.3.4")).isTrue();
        assertThat(IpLiteral.isIpv4("+1.2.3.4")).isFalse();
        assertThat(IpLiteral.isIpv4("1.2.3.4.")).isFalse();
        assertThat(IpLiteral.isIpv4("1..3.4")).isFalse();
        assertThat(IpLiteral.isIpv4("1.2.3.1000")).isFalse();
    }

    @Test
    void toInetAddressNeverResolves() {
        assertThat(IpLiteral.toInetAddress("localhost")).isEmpty();
        assertThat(IpLiteral.toInetAddress("10.0.0.1")).hasValueSatisfying(a ->
                assertThat(a).isInstanceOf(Inet4Address.class));
        assertThat(IpLiteral.toInetAddress("::1")).hasValueSatisfying(a ->
                assertThat(a).isInstanceOf(Inet6Address.class));
    }

    @Test
    void ipv6Formatting() {
        assertThat(Ipv6Text.format(IpLiteral.parse("::").orElseThrow())).isEqualTo("::");
        assertThat(Ipv6Text.format(IpLiteral.parse("::1").orElseThrow())).isEqualTo("::1");
        assertThat(Ipv6Text.format(IpLiteral.parse("1:0:0:2:0:0:0:3").orElseThrow())).isEqualTo("1:0:0:2::3");
        assertThat(Ipv6Text.format(IpLiteral.parse("1:0:2:3:4:5:6:7").orElseThrow())).isEqualTo("1:0:2:3:4:5:6:7");
    }
}
