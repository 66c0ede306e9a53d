package io.cloudua.api.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    @Test
    void generateMakesOneRandomKey() {
        KeyRing a = KeyRing.generate("k1");
        KeyRing b = KeyRing.generate("k1");
        assertThat(a.keys()).hasSize(1);
        assertThat(a.active().kid()).isEqualTo("k1");
        assertThat(a.active().secret()).hasSize(32).isNotEqualTo(b.active().secret());
    }

    @Test
    void activeKidMustBePresent() {
        SigningKey k = new SigningKey("k1", new byte[32]);
        assertThatThrownBy(() -> new KeyRing(List.of(k), "k2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRing(List.of(), "k1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRing(List.of(k), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicateKidsAreRejected() {
        SigningKey k = new SigningKey("k1", new byte[32]);
        assertThatThrownBy(() -> new KeyRing(List.of(k, k), "k1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void byKid() {
        KeyRing ring = KeyRing.generate("k1");
        assertThat(ring.byKid("k1")).contains(ring.active());
        assertThat(ring.byKid("k2")).isEmpty();
        assertThat(ring.byKid(null)).isEmpty();
    }

    @Test
    void rotationKeepsOldKeys() {
        KeyRing ring = KeyRing.generate("k1");
        KeyRing rotated = ring.withNewActiveKey("k2");
        assertThat(rotated.active().kid()).isEqualTo("k2");
        assertThat(rotated.keys()).extracting(SigningKey::kid).containsExactly("k1", "k2");
        assertThat(rotated.byKid("k1")).contains(ring.active());
        assertThat(ring.active().kid()).isEqualTo("k1");
        assertThatThrownBy(() -> rotated.withNewActiveKey("k1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retireOldKey() {
        KeyRing ring = KeyRing.generate("k1").withNewActiveKey("k2").without("k1");
        assertThat(ring.keys()).extracting(SigningKey::kid).containsExactly("k2");
        assertThatThrownBy(() -> ring.without("k2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAreImmutable() {
        KeyRing ring = KeyRing.generate("k1");
        assertThatThrownBy(() -> ring.keys().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ring.toString()).contains("k1").doesNotContain("secret=");
    }
}
