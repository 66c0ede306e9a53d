package io.cloudua.gateway.webhook;

import io.cloudua.gateway.security.SecretCipher;
import io.cloudua.store.WebhookSecretStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-domain webhook signing secrets: generated when a domain is created or on rotation, handed out
 * once (the caller returns it to the API client), kept sealed in the store and in clear only in memory.
 *
 * <p>Why a cache: webhooks are signed on the path of SIP events, which must not wait on the database; a
 * miss (another node created the domain) reads the store once. Never log a secret.
 */
public final class WebhookSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "whsec_";

    private final WebhookSecretStore store;
    private final SecretCipher cipher;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public WebhookSecrets(WebhookSecretStore store, SecretCipher cipher) {
        this.store = store;
        this.cipher = cipher;
    }

    /** A fresh secret for the domain, replacing any earlier one; returned once, to be shown to the client. */
    public String rotate(String domain) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + HexFormat.of().formatHex(random);
        store.put(domain, cipher.seal(domain, secret));
        cache.put(domain, secret);
        return secret;
    }

    /** The domain's current secret; empty for domains created before webhooks were signed (rotate to get one). */
    public Optional<String> find(String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        String cached = cache.get(domain);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> loaded = store.find(domain).map(sealed -> cipher.open(domain, sealed));
        loaded.ifPresent(secret -> cache.put(domain, secret));
        return loaded;
    }

    /** Forgets the domain's secret (the domain was deleted). */
    public void delete(String domain) {
        store.delete(domain);
        cache.remove(domain);
    }
}
