package io.cloudua.api.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    private static Cidr cidr(String text) {
        return Cidr.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.toInetAddress(literal).orElseThrow();
    }

    @Test
    void ipv4Block() {
        Cidr block = cidr("50.127.127.0/29");
        assertThat(block.contains(ip("50.127.127.0"))).isTrue();
        assertThat(block.contains(ip("50.127.127.7"))).isTrue();
        assertThat(block.contains(ip("50.127.127.8"))).isFalse();
        assertThat(block.contains(ip("50.127.126.255"))).isFalse();
        assertThat(block.prefixLength()).isEqualTo(29);
        assertThat(block.isIpv4()).isTrue();
        assertThat(block).hasToString("50.127.127.0/29");
    }

    @Test
    void bareIpv4IsSlash32() {
        Cidr host = cidr("10.0.0.1");
        assertThat(host).hasToString("10.0.0.1/32");
        assertThat(host.contains(ip("10.0.0.1"))).isTrue();
        assertThat(host.contains(ip("10.0.0.2"))).isFalse();
    }

    @Test
    void hostBitsAreMasked() {
        assertThat(cidr("10.1.2.3/8")).hasToString("10.0.0.0/8").isEqualTo(cidr("10.0.0.0/8"));
        assertThat(cidr("10.1.2.3/13")).hasToString("10.0.0.0/13");
        assertThat(cidr("10.15.2.3/13").contains(ip("10.8.0.0"))).isTrue();
        assertThat(cidr("10.15.2.3/13").contains(ip("10.16.0.0"))).isFalse();
    }

    @Test
    void zeroPrefixMatchesAllOfItsFamily() {
        Cidr all4 = cidr("0.0.0.0/0");
        assertThat(all4.contains(ip("203.0.113.9"))).isTrue();
        assertThat(all4.contains(ip("2001:db8::1"))).isFalse();
        Cidr all6 = cidr("::/0");
        assertThat(all6.contains(ip("2001:db8::1"))).isTrue();
    }

    @Test
    void ipv6Block() {
        Cidr block = cidr("2001:db8:abcd::/48");
        assertThat(block.contains(ip("2001:db8:abcd:1::5"))).isTrue();
        assertThat(block.contains(ip("2001:db8:abce::1"))).isFalse();
        assertThat(block.contains(ip("10.0.0.1"))).isFalse();
        assertThat(block.isIpv4()).isFalse();
        assertThat(block).hasToString("2001:db8:abcd::/48");
        assertThat(cidr("2001:DB8:0:0:0:0:0:1")).hasToString("2001:db8::1/128");
        assertThat(cidr("::1").contains(ip("::1"))).isTrue();
    }

    @Test
    void oddIpv6Prefix() {
        Cidr block = cidr("2001:db8::/33");
        assertThat(block.contains(ip("2001:db8:7fff::1"))).isTrue();
        assertThat(block.contains(ip("2001:db8:8000::1"))).isFalse();
    }

    @Test
    void ipv4MappedAddressMatchesIpv4Block() throws Exception {
        Cidr block = cidr("192.0.2.0/24");
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 33};
        InetAddress v6 = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(v6).isInstanceOf(Inet6Address.class);
        assertThat(block.contains(v6)).isTrue();
        mapped[14] = 3;
        assertThat(block.contains(Inet6Address.getByAddress(null, mapped, -1))).isFalse();
    }

    @Test
    void mappedBlockEqualsIpv4Block() {
        Cidr mapped = cidr("::ffff:192.0.2.0/120");
        assertThat(mapped).isEqualTo(cidr("192.0.2.0/24")).hasToString("192.0.2.0/24");
        assertThat(mapped.contains(ip("192.0.2.77"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0/abc", "10.0.0.0/8/8",
        "::/129", "::/1000", "10.0.0.0/ 8", "10.0.0.0 /8", "/8", "", "example.com/24", "10.0.0/24",
        "256.0.0.0/8", "2001:db8::/+8", "10.0.0.0/08x", "fe80::1%eth0/64"})
    void rejectsBadBlocks(String text) {
        assertThat(Cidr.parse(text)).as(text).isEmpty();
    }

    @Test
    void boundaryPrefixes() {
        assertThat(Cidr.parse("10.0.0.0/32")).isPresent();
        assertThat(Cidr.parse("10.0.0.0/0")).isPresent();
        assertThat(Cidr.parse("::/128")).isPresent();
        assertThat(Cidr.parse("10.0.0.0/008")).isPresent();
        assertThat(Cidr.parse(null)).isEmpty();
    }

    @Test
    void nullAddressIsNotContained() {
        assertThat(cidr("0.0.0.0/0").contains(null)).isFalse();
    }

    @Test
    void equalityAndHash() {
        assertThat(cidr("10.0.0.0/8")).isEqualTo(cidr("10.0.0.0/8")).hasSameHashCodeAs(cidr("10.0.0.0/8"));
        assertThat(cidr("10.0.0.0/8")).isNotEqualTo(cidr("10.0.0.0/9"));
    }
}
