package io.cloudua.gateway.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature scheme, pure (no clock, no I/O): {@code X-Cloudua-Signature: v1=<hex>} where hex is
 * HMAC-SHA256, keyed with the domain's secret (its UTF-8 bytes), of {@code "<timestamp>.<body>"}, and
 * {@code X-Cloudua-Timestamp} is that timestamp in Unix seconds.
 *
 * <p>Why the timestamp is signed: a captured webhook replayed later carries its old timestamp, which the
 * device rejects when it is outside a short window (5 minutes is suggested); changing the timestamp breaks
 * the signature. {@link #verify} is the reference check, also used by the tests.
 */
public final class WebhookSignature {
    public static final String TIMESTAMP_HEADER = "X-Cloudua-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Cloudua-Signature";
    public static final String VERSION = "v1";

    private WebhookSignature() { }

    /** The value of {@link #SIGNATURE_HEADER} for this body sent at {@code timestamp}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        return VERSION + "=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /**
     * True when {@code signatureHeader} holds a v1 signature of body and timestamp under secret, and the
     * timestamp is within {@code toleranceSeconds} of {@code nowSeconds}. Compares in constant time.
     */
    public static boolean verify(String secret, String timestampHeader, byte[] body, String signatureHeader,
                                 long nowSeconds, long toleranceSeconds) {
        if (secret == null || timestampHeader == null || signatureHeader == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : signatureHeader.split(",")) {   // room for several signatures while secrets rotate
            if (MessageDigest.isEqual(expected, candidate.trim().getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
