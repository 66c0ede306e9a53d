package io.cloudua.api.call;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One SDES crypto attribute (RFC 4568 {@code a=crypto:<id> <suite> <config>}) as the REST API
 * and the webhooks carry it: {@code id} is the tag, {@code suite} the crypto-suite name and
 * {@code config} the key parameters ({@code inline:<base64 key||salt>[|lifetime][|MKI:length]}).
 *
 * <p>{@code config} is key material: do not log it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Crypto(String suite, Integer id, String config) {

    @Override
    public String toString() {
        return "Crypto[suite=" + suite + ", id=" + id + ", config=<redacted>]";
    }
}
