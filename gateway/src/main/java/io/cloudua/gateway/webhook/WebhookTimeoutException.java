package io.cloudua.gateway.webhook;

import java.io.IOException;

/** A webhook receiver did not accept a connection or answer within the webhook timeout. */
public final class WebhookTimeoutException extends IOException {
    public WebhookTimeoutException(String message) {
        super(message);
    }
}
