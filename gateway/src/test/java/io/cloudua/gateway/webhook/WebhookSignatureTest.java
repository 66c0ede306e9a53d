package io.cloudua.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signature against a value computed independently (Python: hmac.new(b"whsec_test", b"1700000000.{}", sha256)). */
class WebhookSignatureTest {
    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAnIndependentHmac() {
        assertThat(WebhookSignature.sign("whsec_test", 1700000000L, BODY))
                .isEqualTo("v1=35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91");
    }

    @Test
    void verifiesWithinTheWindowOnly() {
        String sig = WebhookSignature.sign("s", 1000, BODY);
        assertThat(WebhookSignature.verify("s", "1000", BODY, sig, 1100, 300)).isTrue();
        assertThat(WebhookSignature.verify("s", "1000", BODY, "v0=zz, " + sig, 1100, 300)).isTrue();
        assertThat(WebhookSignature.verify("s", "1000", BODY, sig, 1301, 300)).isFalse();
        assertThat(WebhookSignature.verify("s", "1001", BODY, sig, 1100, 300)).isFalse();
        assertThat(WebhookSignature.verify("s", "1000", "{ }".getBytes(StandardCharsets.UTF_8), sig, 1100, 300)).isFalse();
        assertThat(WebhookSignature.verify("s", "x", BODY, sig, 1100, 300)).isFalse();
        assertThat(WebhookSignature.verify("s", null, BODY, sig, 1100, 300)).isFalse();
    }
}
