package io.cloudua.gateway.webhook;

/**
 * How one webhook delivery went: the receiver's status and body, or the transport error.
 *
 * @param status      0 when no response was received
 * @param sentAtNanos {@link System#nanoTime()} when the request was written to the receiver's connection, 0 if never
 */
public record WebhookResult(int status, byte[] body, String error, long sentAtNanos) {

    public WebhookResult(int status, byte[] body, String error) {
        this(status, body, error, 0);
    }

    public boolean delivered() {
        return status >= 200 && status < 300;
    }

    static WebhookResult failed(String error) {
        return new WebhookResult(0, new byte[0], error);
    }
}
