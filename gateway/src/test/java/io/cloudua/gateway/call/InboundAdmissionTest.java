package io.cloudua.gateway.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboundAdmissionTest {

    @Test
    void firstLabelOfTheRequestUriHostNamesTheDomain() {
        assertThat(InboundAdmission.domainName("mydomain.sip.example.com")).isEqualTo("mydomain");
        assertThat(InboundAdmission.domainName("mydomain")).isEqualTo("mydomain");
        assertThat(InboundAdmission.domainName("MyDomain.Example")).isEqualTo("mydomain");
    }

    @Test
    void addressesNameNoDomain() {
        assertThat(InboundAdmission.domainName("127.0.0.1")).isNull();
        assertThat(InboundAdmission.domainName("[::1]")).isNull();
        assertThat(InboundAdmission.domainName("")).isNull();
        assertThat(InboundAdmission.domainName(null)).isNull();
    }
}
