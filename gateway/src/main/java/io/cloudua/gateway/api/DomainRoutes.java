package io.cloudua.gateway.api;

import io.cloudua.api.domain.Domain;
import io.cloudua.api.domain.DomainRequests;
import io.cloudua.api.validation.Validated;
import io.cloudua.gateway.domain.DomainService;
import io.cloudua.gateway.http.HttpReply;
import io.cloudua.gateway.http.HttpRequestData;
import io.cloudua.gateway.http.RouteHandler;
import io.cloudua.gateway.http.Router;
import io.cloudua.gateway.security.AdminCredentials;
import io.cloudua.store.DomainRecord;
import io.cloudua.store.WriteResult;
import java.util.function.Function;

/** The domains of psip-domains-api.txt (`/v1/psip/`), behind the management API's HTTP Basic credentials. */
public final class DomainRoutes {
    private final DomainService domains;
    private final AdminCredentials admin;
    private final io.cloudua.gateway.webhook.WebhookSecrets webhookSecrets;

    /** @param webhookSecrets makes each new domain's webhook secret, shown once in the 201 answer (null: none) */
    public DomainRoutes(DomainService domains, AdminCredentials admin, io.cloudua.gateway.webhook.WebhookSecrets webhookSecrets) {
        this.domains = domains;
        this.admin = admin;
        this.webhookSecrets = webhookSecrets;
    }

    public DomainRoutes(DomainService domains, AdminCredentials admin) {
        this(domains, admin, null);
    }

    public void register(Router router) {
        router.add("POST", "/v1/psip", basic(this::create));
        router.add("GET", "/v1/psip", basic(request -> HttpReply.json(200, domains.list().stream().map(DomainRoutes::toApi).toList())));
        router.add("GET", "/v1/psip/{domain}", basic(this::get));
        router.add("PUT", "/v1/psip/{domain}", basic(this::update));
        router.add("DELETE", "/v1/psip/{domain}", basic(this::delete));
    }

    /** Wraps a handler with the management credentials check (401 with a Basic challenge). */
    RouteHandler basic(Function<HttpRequestData, HttpReply> handler) {
        return RouteHandler.sync(request -> admin.matchesBasic(request.header("authorization"))
                ? handler.apply(request)
                : Replies.unauthorized("Basic realm=\"cloudua\"", "valid management API credentials are required"));
    }

    private HttpReply create(HttpRequestData request) {
        Validated<Domain> parsed = DomainRequests.parseCreate(request.body());
        if (parsed instanceof Validated.Invalid<Domain> invalid) {
            return Replies.invalid(invalid.errors());
        }
        Domain domain = ((Validated.Ok<Domain>) parsed).value();
        if (domains.create(toRecord(domain)) != WriteResult.CREATED) {
            return Replies.conflict("a domain named " + domain.name() + " already exists");
        }
        if (webhookSecrets == null) {
            return HttpReply.json(201, domain);
        }
        // the only answer that ever carries the secret (besides its rotation): GET never shows it
        com.fasterxml.jackson.databind.node.ObjectNode created = io.cloudua.api.ApiJson.mapper().valueToTree(domain);
        created.put("webhook_secret", webhookSecrets.rotate(domain.name()));
        return HttpReply.json(201, created);
    }

    private HttpReply get(HttpRequestData request) {
        String name = request.pathParam("domain");
        return domains.load(name).map(r -> HttpReply.json(200, toApi(r)))
                .orElseGet(() -> Replies.notFound("no such domain: " + name));
    }

    private HttpReply update(HttpRequestData request) {
        String name = request.pathParam("domain");
        Validated<Domain> parsed = DomainRequests.parseUpdate(request.body(), name);
        if (parsed instanceof Validated.Invalid<Domain> invalid) {
            return Replies.invalid(invalid.errors());
        }
        Domain domain = ((Validated.Ok<Domain>) parsed).value();
        return domains.update(toRecord(domain)) == WriteResult.UPDATED
                ? HttpReply.json(200, domain)
                : Replies.notFound("no such domain: " + name);
    }

    private HttpReply delete(HttpRequestData request) {
        String name = request.pathParam("domain");
        String cascadeParam = request.queryParam("cascade");
        if (cascadeParam != null && !cascadeParam.equals("true") && !cascadeParam.equals("false")) {
            return Replies.invalid("cascade", "must be true or false");
        }
        return switch (domains.delete(name, "true".equals(cascadeParam))) {
            case DELETED -> {
                if (webhookSecrets != null) {
                    webhookSecrets.delete(name);
                }
                yield HttpReply.empty(204);
            }
            case HAS_CHILDREN -> Replies.conflict("the domain still has users or endpoints; delete them or use ?cascade=true");
            default -> Replies.notFound("no such domain: " + name);
        };
    }

    /** True when no domain of that name exists (for the child resources' 404). */
    boolean domainMissing(String name) {
        return domains.find(name).isEmpty();
    }

    static DomainRecord toRecord(Domain d) {
        return new DomainRecord(d.name(), d.applicationId(), d.tls(), d.digestAuth(), d.srtp(), d.acl(), d.domainType(),
                d.callbackBaseUrl(), d.allowedDestinations());
    }

    static Domain toApi(DomainRecord r) {
        return new Domain(r.name(), r.applicationId(), r.tls(), r.digestAuth(), r.srtp(), r.acl(), r.domainType(),
                r.callbackBaseUrl(), r.allowedDestinations());
    }
}
