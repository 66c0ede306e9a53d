package io.cloudua.gateway.security;

import io.cloudua.api.token.KeyRing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when `cloudua keys rotate` (another process) replaced the data dir's key ring, so a running server
 * signs with the new key and verifies tokens it signed without a restart. Polled on a timer and asked when a
 * token names an unknown kid; only a stat per call unless the file changed, so a flood of forged kids
 * costs nothing. A ring that cannot be read is ignored (the old one stays) and logged without key material.
 */
public final class KeyRingWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRingWatcher.class);

    private final Path dataDir;
    private final Path file;
    private Object seen;

    public KeyRingWatcher(Path dataDir) {
        this.dataDir = dataDir;
        this.file = KeyRingFile.path(dataDir);
        this.seen = version();
    }

    /** The ring as now on disk when the file changed since last asked, else null. */
    public synchronized KeyRing changed() {
        Object now = version();
        if (now == null || Objects.equals(now, seen)) {
            return null;
        }
        try {
            KeyRing ring = KeyRingFile.loadOrCreate(dataDir);
            seen = now;
            LOG.info("signing keys reloaded from {}: active kid {}, {} keys", file, ring.active().kid(), ring.keys().size());
            return ring;
        } catch (RuntimeException e) {
            LOG.warn("signing keys {} changed but cannot be read; keeping the current ones: {}", file, e.getMessage());
            return null;
        }
    }

    private Object version() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return java.util.List.of(a.lastModifiedTime(), a.size(), String.valueOf(a.fileKey()));
        } catch (IOException e) {
            return null;
        }
    }
}
