package io.cloudua.gateway.api;

import io.cloudua.gateway.http.HttpReply;
import io.cloudua.gateway.http.HttpRequestData;
import io.cloudua.gateway.http.Router;
import io.cloudua.gateway.webhook.WebhookSecrets;
import java.util.Map;

/**
 * {@code POST /v1/psip/{domain}/webhook-secret}: replaces the domain's webhook signing secret and answers
 * the new one, once. For a leaked secret, and for domains created before webhooks were signed. The old
 * secret stops signing at once, so update the device first to accept both while it switches.
 */
public final class WebhookSecretRoutes {
    private final WebhookSecrets secrets;
    private final DomainRoutes domainRoutes;

    public WebhookSecretRoutes(WebhookSecrets secrets, DomainRoutes domainRoutes) {
        this.secrets = secrets;
        this.domainRoutes = domainRoutes;
    }

    public void register(Router router) {
        router.add("POST", "/v1/psip/{domain}/webhook-secret", domainRoutes.basic(this::rotate));
    }

    private HttpReply rotate(HttpRequestData request) {
        String name = request.pathParam("domain");
        if (domainRoutes.domainMissing(name)) {
            return Replies.notFound("no such domain: " + name);
        }
        return HttpReply.json(200, Map.of("domain", name, "webhook_secret", secrets.rotate(name)));
    }
}
