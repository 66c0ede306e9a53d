package io.cloudua.api.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SigningKeyTest {

    @Test
    void acceptsThirtyTwoBytes() {
        SigningKey k = new SigningKey("k1", new byte[32]);
        assertThat(k.secret()).hasSize(32);
    }

    @Test
    void rejectsShortSecret() {
        assertThatThrownBy(() -> new SigningKey("k1", new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBadKid() {
        assertThatThrownBy(() -> new SigningKey(" ", new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SigningKey("a\nb", new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SigningKey("k".repeat(65), new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SigningKey(null, new byte[32])).isInstanceOf(NullPointerException.class);
    }

    @Test
    void secretIsCopiedInAndOut() {
        byte[] secret = new byte[32];
        SigningKey k = new SigningKey("k1", secret);
        secret[0] = 9;
        assertThat(k.secret()[0]).isZero();
        k.secret()[1] = 9;
        assertThat(k.secret()[1]).isZero();
    }

    @Test
    void valueEqualityAndRedactedToString() {
        byte[] secret = new byte[32];
        secret[5] = 42;
        assertThat(new SigningKey("k", secret)).isEqualTo(new SigningKey("k", secret.clone()))
                .hasSameHashCodeAs(new SigningKey("k", secret.clone()));
        assertThat(new SigningKey("k", secret)).isNotEqualTo(new SigningKey("k", new byte[32]));
        assertThat(new SigningKey("k", secret).toString()).contains("k").contains("redacted").doesNotContain("42");
    }
}
