package io.cloudua.gateway.security;

import io.cloudua.gateway.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management API's HTTP Basic credentials: configured, or generated at first start and kept in the
 * data dir (owner-only), so a fresh install is never open. The secret is never logged.
 */
public final class AdminCredentials {
    private static final Logger LOG = LoggerFactory.getLogger(AdminCredentials.class);
    public static final String FILE = "admin-credentials.properties";

    private final String key;
    private final byte[] secret;

    private AdminCredentials(String key, String secret) {
        this.key = key;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String key() {
        return key;
    }

    /** Configured credentials win; otherwise read the data dir's file, creating it on first start. */
    public static AdminCredentials load(String configuredKey, String configuredSecret, Path dataDir) {
        if (configuredKey != null) {
            return new AdminCredentials(configuredKey, configuredSecret);
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Properties p = new Properties();
                p.setProperty("key", "admin-" + random(6));
                p.setProperty("secret", random(24));
                DataDirFiles.writePrivate(file, out -> p.store(out, "cloudua management API credentials (HTTP Basic)"));
                LOG.info("generated management API credentials (key {}); the secret is in {}", p.getProperty("key"), file.toAbsolutePath());
            }
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
            String key = p.getProperty("key");
            String secret = p.getProperty("secret");
            if (key == null || secret == null) {
                throw new ConfigException(file + " must hold 'key' and 'secret'");
            }
            return new AdminCredentials(key, secret);
        } catch (IOException e) {
            throw new ConfigException("cannot read or create " + file + ": " + e.getMessage());
        }
    }

    /** Checks an Authorization header value in constant time. */
    public boolean matchesBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean keyOk = MessageDigest.isEqual(decoded.substring(0, colon).getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8));
        boolean secretOk = MessageDigest.isEqual(decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8), secret);
        return keyOk & secretOk;
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    @Override
    public String toString() {
        return "AdminCredentials[key=" + key + "]";
    }
}
