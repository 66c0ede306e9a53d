package io.cloudua.gateway.api;

import io.cloudua.api.domain.Endpoint;
import io.cloudua.api.domain.EndpointRequests;
import io.cloudua.api.validation.Validated;
import io.cloudua.gateway.http.HttpReply;
import io.cloudua.gateway.http.HttpRequestData;
import io.cloudua.gateway.http.Router;
import io.cloudua.store.EndpointRecord;
import io.cloudua.store.EndpointStore;
import java.util.UUID;

/** Endpoints of a domain (`/v1/psip/{domain}/endpoints`): where calls to the domain's users are delivered. */
public final class EndpointRoutes {
    private final EndpointStore endpoints;
    private final DomainRoutes auth;

    public EndpointRoutes(EndpointStore endpoints, DomainRoutes auth) {
        this.endpoints = endpoints;
        this.auth = auth;
    }

    public void register(Router router) {
        router.add("POST", "/v1/psip/{domain}/endpoints", auth.basic(this::create));
        router.add("GET", "/v1/psip/{domain}/endpoints", auth.basic(this::list));
        router.add("GET", "/v1/psip/{domain}/endpoints/{endpointId}", auth.basic(this::get));
        router.add("PUT", "/v1/psip/{domain}/endpoints/{endpointId}", auth.basic(this::update));
        router.add("DELETE", "/v1/psip/{domain}/endpoints/{endpointId}", auth.basic(this::delete));
    }

    private static Endpoint view(EndpointRecord r) {
        return new Endpoint(r.id(), r.priority(), r.uri());
    }

    private static EndpointRecord record(String domain, Endpoint e, String id) {
        return new EndpointRecord(domain, id, e.priority() == null ? Endpoint.DEFAULT_PRIORITY : e.priority(), e.uri());
    }

    private HttpReply create(HttpRequestData request) {
        String domain = request.pathParam("domain");
        Validated<Endpoint> parsed = EndpointRequests.parseCreate(request.body());
        if (parsed instanceof Validated.Invalid<Endpoint> invalid) {
            return Replies.invalid(invalid.errors());
        }
        Endpoint e = ((Validated.Ok<Endpoint>) parsed).value();
        EndpointRecord r = record(domain, e, e.id() != null ? e.id() : UUID.randomUUID().toString());
        return switch (endpoints.create(r)) {
            case CREATED -> HttpReply.json(201, view(r));
            case DUPLICATE -> Replies.conflict("endpoint " + r.id() + " already exists in " + domain);
            default -> Replies.notFound("no such domain: " + domain);
        };
    }

    private HttpReply list(HttpRequestData request) {
        String domain = request.pathParam("domain");
        if (auth.domainMissing(domain)) {
            return Replies.notFound("no such domain: " + domain);
        }
        return HttpReply.json(200, endpoints.list(domain).stream().map(EndpointRoutes::view).toList());
    }

    private HttpReply get(HttpRequestData request) {
        String id = request.pathParam("endpointId");
        return endpoints.find(request.pathParam("domain"), id).map(r -> HttpReply.json(200, view(r)))
                .orElseGet(() -> Replies.notFound("no such endpoint: " + id));
    }

    private HttpReply update(HttpRequestData request) {
        String domain = request.pathParam("domain");
        String id = request.pathParam("endpointId");
        Validated<Endpoint> parsed = EndpointRequests.parseUpdate(request.body(), id);
        if (parsed instanceof Validated.Invalid<Endpoint> invalid) {
            return Replies.invalid(invalid.errors());
        }
        EndpointRecord r = record(domain, ((Validated.Ok<Endpoint>) parsed).value(), id);
        return switch (endpoints.update(r)) {
            case UPDATED -> HttpReply.json(200, view(r));
            default -> Replies.notFound("no such endpoint: " + id);
        };
    }

    private HttpReply delete(HttpRequestData request) {
        String id = request.pathParam("endpointId");
        return switch (endpoints.delete(request.pathParam("domain"), id)) {
            case DELETED -> HttpReply.empty(204);
            default -> Replies.notFound("no such endpoint: " + id);
        };
    }
}
