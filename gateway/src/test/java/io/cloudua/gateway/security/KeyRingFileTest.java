package io.cloudua.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.api.token.JwtCodec;
import io.cloudua.api.token.TokenResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingFileTest {

    @Test
    void aTokenMintedWithTheFileVerifiesWithTheSameFile(@TempDir Path dir) {
        String token = new JwtCodec(KeyRingFile.loadOrCreate(dir), Clock.systemUTC()).mintApiToken("mydomain", Duration.ofMinutes(1));
        TokenResult<?> result = new JwtCodec(KeyRingFile.loadOrCreate(dir), Clock.systemUTC()).verifyApiToken(token);
        assertThat(result).isInstanceOf(TokenResult.Ok.class);
    }

    @Test
    void anotherDataDirHasAnotherKey(@TempDir Path a, @TempDir Path b) {
        String token = new JwtCodec(KeyRingFile.loadOrCreate(a), Clock.systemUTC()).mintApiToken("mydomain", Duration.ofMinutes(1));
        assertThat(new JwtCodec(KeyRingFile.loadOrCreate(b), Clock.systemUTC()).verifyApiToken(token))
                .isInstanceOf(TokenResult.Rejected.class);
    }
}
