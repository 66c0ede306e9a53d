package io.cloudua.api.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudua.api.TestJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The toll-fraud allow list: what a domain's {@code allowed_destinations} admits, and its validation. */
class DestinationAllowListTest {

    private final DestinationAllowList list =
            DestinationAllowList.of(List.of("127.0.0.0/8", "sip.carrier.example", "2001:db8::/32", "192.0.2.7"));

    @Test
    void emptyListPermitsNothing() {
        DestinationAllowList none = DestinationAllowList.of(List.of());
        assertThat(none.permits("127.0.0.1")).isFalse();
        assertThat(none.permits("sip.carrier.example")).isFalse();
        assertThat(DestinationAllowList.of(null).permits("10.0.0.1")).isFalse();
    }

    @Test
    void ipLiteralsMatchCidrsOnly() {
        assertThat(list.permits("127.0.0.1")).isTrue();
        assertThat(list.permits("127.255.1.2")).isTrue();
        assertThat(list.permits("192.0.2.7")).isTrue();
        assertThat(list.permits("192.0.2.8")).isFalse();
        assertThat(list.permits("[2001:db8::1]")).isTrue();
        assertThat(list.permits("[2001:db9::1]")).isFalse();
        assertThat(list.permits("8.8.8.8")).isFalse();
    }

    @Test
    void namesMatchExactlyWithoutDns() {
        assertThat(list.permits("SIP.Carrier.Example")).isTrue();
        assertThat(list.permits("sip.carrier.example.")).isTrue();
        assertThat(list.permits("evil.sip.carrier.example")).isFalse();
        assertThat(list.permits("carrier.example")).isFalse();
        assertThat(list.permits("localhost")).isFalse();
        assertThat(list.permits("")).isFalse();
    }

    @Test
    void validatesEntries() {
        assertThat(DestinationAllowList.isValidEntry("10.0.0.0/8")).isTrue();
        assertThat(DestinationAllowList.isValidEntry("::1")).isTrue();
        assertThat(DestinationAllowList.isValidEntry("pbx.example.com")).isTrue();
        assertThat(DestinationAllowList.isValidEntry("10.0.0.0/33")).isFalse();
        assertThat(DestinationAllowList.isValidEntry("1.2.3.4.5")).isFalse();
        assertThat(DestinationAllowList.isValidEntry("sip:pbx.example.com")).isFalse();
        assertThat(DestinationAllowList.isValidEntry("*")).isFalse();
        assertThat(DestinationAllowList.isValidEntry(null)).isFalse();
    }

    @Test
    void domainRequestsReadTheField() {
        ObjectNode o = DomainRequestsTest.sample();
        assertThat(DomainRequestsTest.ok(DomainRequests.parseCreate(DomainRequestsTest.bytes(o)))
                .allowedDestinations()).isEmpty();
        o.putArray("allowed_destinations").add("127.0.0.0/8").add("pbx.example.com");
        assertThat(DomainRequestsTest.ok(DomainRequests.parseCreate(DomainRequestsTest.bytes(o)))
                .allowedDestinations()).containsExactly("127.0.0.0/8", "pbx.example.com");
        o.putArray("allowed_destinations").add("127.0.0.0/8").add("bad host!").add(7);
        assertThat(DomainRequestsTest.fields(DomainRequests.parseCreate(DomainRequestsTest.bytes(o))))
                .containsExactly("allowed_destinations[1]", "allowed_destinations[2]");
        o.put("allowed_destinations", "127.0.0.1");
        assertThat(DomainRequestsTest.fields(DomainRequests.parseCreate(DomainRequestsTest.bytes(o))))
                .containsExactly("allowed_destinations");
        assertThat(TestJson.tree(DomainRequestsTest.ok(DomainRequests.parseCreate(
                DomainRequestsTest.bytes(DomainRequestsTest.sample())))).has("allowed_destinations")).isFalse();
    }
}
