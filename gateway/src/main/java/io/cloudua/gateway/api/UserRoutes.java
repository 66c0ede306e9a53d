package io.cloudua.gateway.api;

import io.cloudua.api.domain.DomainUser;
import io.cloudua.api.domain.UserRequest;
import io.cloudua.api.domain.UserRequests;
import io.cloudua.api.validation.Validated;
import io.cloudua.gateway.digest.DigestHashes;
import io.cloudua.gateway.http.HttpReply;
import io.cloudua.gateway.http.HttpRequestData;
import io.cloudua.gateway.http.Router;
import io.cloudua.store.UserRecord;
import io.cloudua.store.UserStore;

/**
 * Digest users of a domain (`/v1/psip/{domain}/users`): at most 200 per domain, secrets kept only as HA1
 * hashes (realm = the domain name), and no response ever carries a secret.
 */
public final class UserRoutes {
    public static final int MAX_USERS = 200;

    private final UserStore users;
    private final DomainRoutes auth;

    public UserRoutes(UserStore users, DomainRoutes auth) {
        this.users = users;
        this.auth = auth;
    }

    public void register(Router router) {
        router.add("POST", "/v1/psip/{domain}/users", auth.basic(this::create));
        router.add("GET", "/v1/psip/{domain}/users", auth.basic(this::list));
        router.add("GET", "/v1/psip/{domain}/users/{key}", auth.basic(this::get));
        router.add("PUT", "/v1/psip/{domain}/users/{key}", auth.basic(this::update));
        router.add("DELETE", "/v1/psip/{domain}/users/{key}", auth.basic(this::delete));
    }

    private static UserRecord record(String domain, UserRequest u) {
        return new UserRecord(domain, u.key(), DigestHashes.ha1Md5(u.key(), domain, u.secret()),
                DigestHashes.ha1Sha256(u.key(), domain, u.secret()));
    }

    private HttpReply create(HttpRequestData request) {
        String domain = request.pathParam("domain");
        Validated<UserRequest> parsed = UserRequests.parseCreate(request.body());
        if (parsed instanceof Validated.Invalid<UserRequest> invalid) {
            return Replies.invalid(invalid.errors());
        }
        UserRequest user = ((Validated.Ok<UserRequest>) parsed).value();
        return switch (users.create(record(domain, user), MAX_USERS)) {
            case CREATED -> HttpReply.json(201, new DomainUser(user.key(), domain));
            case DUPLICATE -> Replies.conflict("user " + user.key() + " already exists in " + domain);
            case LIMIT_REACHED -> HttpReply.error(422, "limit_reached", "a domain has at most " + MAX_USERS + " users");
            default -> Replies.notFound("no such domain: " + domain);
        };
    }

    private HttpReply list(HttpRequestData request) {
        String domain = request.pathParam("domain");
        if (auth.domainMissing(domain)) {
            return Replies.notFound("no such domain: " + domain);
        }
        return HttpReply.json(200, users.list(domain).stream().map(u -> new DomainUser(u.key(), u.domain())).toList());
    }

    private HttpReply get(HttpRequestData request) {
        String domain = request.pathParam("domain");
        String key = request.pathParam("key");
        return users.find(domain, key).map(u -> HttpReply.json(200, new DomainUser(u.key(), u.domain())))
                .orElseGet(() -> Replies.notFound("no such user: " + key));
    }

    private HttpReply update(HttpRequestData request) {
        String domain = request.pathParam("domain");
        String key = request.pathParam("key");
        Validated<UserRequest> parsed = UserRequests.parseUpdate(request.body(), key);
        if (parsed instanceof Validated.Invalid<UserRequest> invalid) {
            return Replies.invalid(invalid.errors());
        }
        UserRequest user = ((Validated.Ok<UserRequest>) parsed).value();
        return switch (users.update(record(domain, user))) {
            case UPDATED -> HttpReply.json(200, new DomainUser(user.key(), domain));
            default -> Replies.notFound("no such user: " + key);
        };
    }

    private HttpReply delete(HttpRequestData request) {
        String domain = request.pathParam("domain");
        String key = request.pathParam("key");
        return switch (users.delete(domain, key)) {
            case DELETED -> HttpReply.empty(204);
            default -> Replies.notFound("no such user: " + key);
        };
    }
}
