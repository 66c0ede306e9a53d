package io.cloudua.sip;

import java.nio.file.Path;
import java.util.Objects;

/**
 * SIP over TLS: the port and the PKCS#12 key store holding our certificate and key.
 *
 * @param port             the TLS listening port (5061 by convention)
 * @param keyStore         a PKCS#12 file with one private key entry
 * @param keyStorePassword its password
 */
public record TlsConfig(int port, Path keyStore, String keyStorePassword) {
    public TlsConfig {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("sip tls port must be 1-65535, got " + port);
        }
    }

    @Override
    public String toString() {
        return "TlsConfig[port=" + port + ", keyStore=" + keyStore + "]";
    }
}
