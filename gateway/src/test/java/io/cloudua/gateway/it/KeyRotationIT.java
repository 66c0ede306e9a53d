package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.api.token.JwtCodec;
import io.cloudua.gateway.cli.KeysCommand;
import io.cloudua.gateway.security.KeyRingFile;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * `cloudua keys rotate` on the data dir of a running server: tokens minted before and after the rotation
 * both work on that server without a restart, and the server itself signs with the new key soon after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyRotationIT {
    private GatewayFixture fx;

    @BeforeAll
    void start() throws Exception {
        fx = GatewayFixture.start();
    }

    @AfterAll
    void stop() throws Exception {
        fx.close();
    }

    /** A token that passes authentication gets 400 for this empty body; a rejected one gets 401. */
    private int statusWith(String token) {
        return fx.rest.post("/mediaservice/" + GatewayFixture.DOMAIN + "/placeremotecalljwt", Map.of(), token).status();
    }

    @Test
    void tokensFromBeforeAndAfterTheRotationBothWork() throws Exception {
        String before = fx.token;
        String oldKid = fx.gateway.tokens().keys().active().kid();
        assertThat(statusWith(before)).isEqualTo(400);

        int exit = new CommandLine(new KeysCommand()).execute("rotate", "--data-dir", fx.dataDir().toString());
        assertThat(exit).isZero();
        String newKid = KeyRingFile.loadOrCreate(fx.dataDir()).active().kid();
        assertThat(newKid).isNotEqualTo(oldKid);
        // what `cloudua token` does after the rotation: sign with the file's new active key
        String after = new JwtCodec(KeyRingFile.loadOrCreate(fx.dataDir()), Clock.systemUTC())
                .mintApiToken(GatewayFixture.DOMAIN, Duration.ofMinutes(5));

        assertThat(statusWith(after)).as("minted with the new key").isEqualTo(400);
        assertThat(statusWith(before)).as("minted with the old key").isEqualTo(400);
        assertThat(fx.gateway.tokens().keys().active().kid()).isEqualTo(newKid);
        assertThat(statusWith(fx.gateway.tokens().mintApiToken(GatewayFixture.DOMAIN, Duration.ofMinutes(5)))).isEqualTo(400);
        assertThat(statusWith(before.substring(0, before.length() - 2) + "xx")).as("still checked").isEqualTo(401);
    }
}
