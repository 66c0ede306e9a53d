package io.cloudua.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.gateway.Gateway;
import java.time.Duration;
import java.time.Instant;

/** Waits until a gateway holds no call and no SIP leg, failing with what is left otherwise. */
final class Leaks {
    private Leaks() { }

    static void assertNoLiveCalls(Gateway gateway, Duration max) throws InterruptedException {
        Instant deadline = Instant.now().plus(max);
        while (Instant.now().isBefore(deadline) && (gateway.calls().size() > 0 || gateway.activeSipLegs() > 0)) {
            Thread.sleep(20);
        }
        assertThat(gateway.calls().size()).as("live calls").isZero();
        assertThat(gateway.activeSipLegs()).as("live SIP legs").isZero();
    }
}
