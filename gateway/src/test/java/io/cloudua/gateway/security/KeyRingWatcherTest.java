package io.cloudua.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.api.token.KeyRing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingWatcherTest {

    @Test
    void seesARotationOnceAndKeepsOldKeys(@TempDir Path dataDir) throws Exception {
        KeyRing first = KeyRingFile.loadOrCreate(dataDir);
        KeyRingWatcher watcher = new KeyRingWatcher(dataDir);
        assertThat(watcher.changed()).isNull();

        KeyRing rotated = KeyRingFile.rotate(dataDir);
        KeyRing seen = watcher.changed();
        assertThat(seen).isNotNull();
        assertThat(seen.active().kid()).isEqualTo(rotated.active().kid()).isNotEqualTo(first.active().kid());
        assertThat(seen.byKid(first.active().kid())).isPresent();
        assertThat(watcher.changed()).as("only once").isNull();
        assertThat(Files.getPosixFilePermissions(KeyRingFile.path(dataDir)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
