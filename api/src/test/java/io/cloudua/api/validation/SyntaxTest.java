package io.cloudua.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "sip:alice@example.com", "sips:alice@example.com", "sip:example.com", "sip:10.0.0.1",
        "sip:bob@10.0.0.1:5060", "sip:bob@[2001:db8::1]", "sip:[::1]:5061", "sip:+4670123@gw.example.com;user=phone",
        "sip:alice@example.com;transport=tcp;lr", "sip:alice:secret@example.com", "SIP:alice@Example.COM",
        "sip:a%20b@example.com", "sip:alice@example.com.", "sip:1001@mydomain", "sip:alice@host:65535",
        "sip:alice@host:1", "sip:alice@a-b.c-d.example", "sip:*21%23@pbx.example.com", "sip:alice@h;maddr=[::1]"})
    void acceptsSipUris(String uri) {
        assertThat(Syntax.isSipUri(uri)).as(uri).isTrue();
        assertThat(Syntax.isSipUriOrBareUser(uri)).as(uri).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "sip:", "sip:@", "sip:@example.com", "sips:", "http://example.com", "tel:+4670123",
        "sip:alice@", "sip:alice@example.com:0", "sip:alice@example.com:65536", "sip:alice@example.com:",
        "sip:alice@example.com:abc", "sip:alice @example.com", "sip:alice@exa mple.com",
        "sip:alice@example.com\r\nVia: x", "sip:a@b@c", "sip:alice@-example.com", "sip:alice@example-.com",
        "sip:alice@exa_mple.com", "sip:alice@[2001:db8::1", "sip:alice@[example.com]", "sip:alice@2001:db8::1",
        "sip:alice@1.2.3.999", "sip:alice@1.2.3", "sip:alice@example.com?subject=x", "sip:alice@example.com;",
        "sip:alice@example.com;a=", "sip:al\"ice@example.com", "sip:alice@exämple.com", "sip:alice@example..com",
        "sip:alice@[::1]x", "sip:*21#@pbx.example.com", "sip:alice@[::1]:0", "sip:a%2@example.com"})
    void rejectsBadSipUris(String uri) {
        assertThat(Syntax.isSipUri(uri)).as(uri).isFalse();
    }

    @Test
    void rejectsNullAndOverlongSipUri() {
        assertThat(Syntax.isSipUri(null)).isFalse();
        assertThat(Syntax.isSipUri("sip:" + "a".repeat(2100) + "@example.com")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "+46701234567", "alice.b", "a_b~c!d-e", "*21#", "x"})
    void acceptsBareUsers(String user) {
        assertThat(Syntax.isBareUser(user)).isTrue();
        assertThat(Syntax.isSipUriOrBareUser(user)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice bob", "alice@example.com", "a/b", "a;b", "http:", "ü"})
    void rejectsBadBareUsers(String user) {
        assertThat(Syntax.isSipUriOrBareUser(user)).isFalse();
    }

    @Test
    void bareUserIsAtMost64Characters() {
        assertThat(Syntax.isBareUser("a".repeat(64))).isTrue();
        assertThat(Syntax.isBareUser("a".repeat(65))).isFalse();
        assertThat(Syntax.isBareUser(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "+4670123", "a.b_c~d!e*f#g", "$&'()=,;?/-", "1"})
    void acceptsSourceUsers(String user) {
        assertThat(Syntax.isSourceUser(user)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "alice bob", "a@b", "a:b", "a%20", "a\"b", "a<b", "ä"})
    void rejectsBadSourceUsers(String user) {
        assertThat(Syntax.isSourceUser(user)).isFalse();
    }

    @Test
    void sourceUserLength() {
        assertThat(Syntax.isSourceUser("1".repeat(64))).isTrue();
        assertThat(Syntax.isSourceUser("1".repeat(65))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "0.0.0.0", "255.255.255.255", "::1", "::", "2001:db8::1",
        "::ffff:10.0.0.1", "fe80:0:0:0:0:0:0:1", "2001:DB8:0:0:8:800:200C:417A"})
    void acceptsIpLiterals(String ip) {
        assertThat(Syntax.isIpLiteral(ip)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "10.0.0", "10.0.0.256", "10.0.0.1.2", "010.0.0.1",
        "[::1]", "fe80::1%eth0", "1::2::3", "12345::", " 10.0.0.1", "10.0.0.1 ", "1:2:3:4:5:6:7:8:9"})
    void rejectsBadIpLiterals(String ip) {
        assertThat(Syntax.isIpLiteral(ip)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/hooks", "https://example.com:8443/a/b?x=1",
        "HTTPS://Example.com", "http://10.0.0.1:8080", "http://[::1]:8080/cb", "https://user:pw@example.com/x"})
    void acceptsHttpUrls(String url) {
        assertThat(Syntax.isHttpUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "/relative", "ftp://example.com", "sip:alice@example.com",
        "http://", "http:///path", "http://exa mple.com", "http://example.com/a b", "http://example.com:99999",
        "javascript:alert(1)", "http://exa_mple.com", "http://example.com/\u00e9", "http://[zz::1]/",
        "file:///etc/passwd", "http:example.com"})
    void rejectsBadUrls(String url) {
        assertThat(Syntax.isHttpUrl(url)).isFalse();
    }

    @Test
    void urlLength() {
        String base = "https://example.com/";
        assertThat(Syntax.isHttpUrl(base + "a".repeat(2048 - base.length()))).isTrue();
        assertThat(Syntax.isHttpUrl(base + "a".repeat(2049 - base.length()))).isFalse();
        assertThat(Syntax.isHttpUrl(null)).isFalse();
    }

    @Test
    void ports() {
        assertThat(Syntax.isPort("1")).isTrue();
        assertThat(Syntax.isPort("65535")).isTrue();
        assertThat(Syntax.isPort("0")).isFalse();
        assertThat(Syntax.isPort("65536")).isFalse();
        assertThat(Syntax.isPort("-1")).isFalse();
        assertThat(Syntax.isPort("")).isFalse();
        assertThat(Syntax.isPort("123456")).isFalse();
    }
}
