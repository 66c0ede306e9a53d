package io.cloudua.gateway.webhook;

/**
 * How one webhook delivery went: the receiver's status and body, or the transport error.
 *
 * @param status 0 when no response was received
 */
public record WebhookResult(int status, byte[] body, String error) {

    public boolean delivered() {
        return status >= 200 && status < 300;
    }

    static WebhookResult failed(String error) {
        return new WebhookResult(0, new byte[0], error);
    }
}
