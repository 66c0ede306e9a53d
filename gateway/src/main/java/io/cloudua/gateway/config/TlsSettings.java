package io.cloudua.gateway.config;

import java.nio.file.Path;

/**
 * SIP over TLS as configured: the port, and a PEM certificate (chain) and key, or neither for a self-signed
 * development certificate made at first start.
 */
public record TlsSettings(int port, Path certificatePem, Path keyPem) {
    public TlsSettings {
        if (port < 1 || port > 65535) {
            throw new ConfigException("sip-tls-port must be a port number (1-65535), got " + port);
        }
        if ((certificatePem == null) != (keyPem == null)) {
            throw new ConfigException("tls-cert and tls-key must be given together");
        }
    }
}
