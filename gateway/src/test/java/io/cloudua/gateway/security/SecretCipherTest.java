package io.cloudua.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @Test
    void sealsAndOpensForTheSameOwnerOnly(@TempDir Path dataDir) throws Exception {
        SecretCipher cipher = SecretCipher.loadOrCreate(dataDir);
        String sealed = cipher.seal("mydomain", "whsec_abc");
        assertThat(sealed).doesNotContain("whsec_abc");
        assertThat(cipher.seal("mydomain", "whsec_abc")).as("fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.open("mydomain", sealed)).isEqualTo("whsec_abc");
        assertThatThrownBy(() -> cipher.open("otherdomain", sealed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("whsec");
        assertThat(Files.getPosixFilePermissions(SecretCipher.path(dataDir)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(SecretCipher.loadOrCreate(dataDir).open("mydomain", sealed)).as("the key is kept").isEqualTo("whsec_abc");
    }

    @Test
    void aTamperedValueDoesNotOpen(@TempDir Path dataDir) {
        SecretCipher cipher = SecretCipher.loadOrCreate(dataDir);
        byte[] raw = java.util.Base64.getDecoder().decode(cipher.seal("d", "secret"));
        raw[raw.length - 1] ^= 1;
        String tampered = java.util.Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.open("d", tampered)).isInstanceOf(IllegalArgumentException.class);
    }
}
