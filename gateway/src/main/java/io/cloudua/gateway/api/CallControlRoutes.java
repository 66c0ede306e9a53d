package io.cloudua.gateway.api;

import io.cloudua.api.call.AnswerRemoteCallRequest;
import io.cloudua.api.call.CallRequests;
import io.cloudua.api.call.PlaceRemoteCallRequest;
import io.cloudua.api.call.ReplyIdRequest;
import io.cloudua.api.token.ApiTokenClaims;
import io.cloudua.api.token.JwtCodec;
import io.cloudua.api.token.ReplyIdClaims;
import io.cloudua.api.token.TokenResult;
import io.cloudua.api.validation.Validated;
import io.cloudua.gateway.call.Call;
import io.cloudua.gateway.call.CallService;
import io.cloudua.gateway.call.Destinations;
import io.cloudua.gateway.call.InboundCall;
import io.cloudua.gateway.call.OutboundCall;
import io.cloudua.gateway.domain.ActiveDomain;
import io.cloudua.gateway.domain.DomainService;
import io.cloudua.gateway.http.HttpReply;
import io.cloudua.gateway.http.HttpRequestData;
import io.cloudua.gateway.http.RouteHandler;
import io.cloudua.gateway.http.Router;
import io.cloudua.sip.LegAction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The call-control API of cloud-sip-ua-api.txt: placeremotecalljwt, answerremotecalljwt,
 * sendremotecallringbackjwt and hangupcalljwt, each with its CORS preflight. Order of checks: bearer token
 * (401), token's domain against the path (403), domain exists (404), body (400), replyId (400/403/404),
 * call state (409).
 */
public final class CallControlRoutes {
    static final String PREFIX = "/mediaservice/{domain}/";

    private final JwtCodec tokens;
    private final DomainService domains;
    private final CallService calls;
    private final String nodeId;
    private final Destinations destinations;
    private final io.cloudua.gateway.security.TokenRateLimit rateLimit;

    public CallControlRoutes(JwtCodec tokens, DomainService domains, CallService calls, String nodeId, Destinations destinations) {
        this(tokens, domains, calls, nodeId, destinations, null);
    }

    /** @param rateLimit requests per token (429 with Retry-After beyond it); null for none */
    public CallControlRoutes(JwtCodec tokens, DomainService domains, CallService calls, String nodeId, Destinations destinations,
                             io.cloudua.gateway.security.TokenRateLimit rateLimit) {
        this.rateLimit = rateLimit;
        this.destinations = destinations;
        this.tokens = tokens;
        this.domains = domains;
        this.calls = calls;
        this.nodeId = nodeId;
    }

    public void register(Router router) {
        add(router, "placeremotecalljwt", this::place);
        add(router, "answerremotecalljwt", (d, r) -> withCall(d, r, CallRequests.parseAnswer(r.body()),
                AnswerRemoteCallRequest::replyId, (call, body) -> answer(call, body, r.receivedNanos())));
        add(router, "sendremotecallringbackjwt", (d, r) -> withCall(d, r, CallRequests.parseReplyId(r.body()),
                ReplyIdRequest::replyId, (call, body) -> call instanceof InboundCall in ? outcome(in.ringback()) : onlyInbound()));
        add(router, "hangupcalljwt", (d, r) -> withCall(d, r, CallRequests.parseReplyId(r.body()),
                ReplyIdRequest::replyId, (call, body) -> outcome(call.hangup())));
    }

    private void add(Router router, String action, BiFunction<ActiveDomain, HttpRequestData, HttpReply> handler) {
        router.add("POST", PREFIX + action, RouteHandler.sync(request -> Cors.allowOrigin(authorized(request, handler))));
        router.add("OPTIONS", PREFIX + action, RouteHandler.sync(Cors::preflight));
    }

    private HttpReply authorized(HttpRequestData request, BiFunction<ActiveDomain, HttpRequestData, HttpReply> handler) {
        String authorization = request.header("authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Replies.unauthorized("Bearer", "a bearer token is required");
        }
        TokenResult<ApiTokenClaims> token = tokens.verifyApiToken(authorization.substring(7).trim());
        if (token instanceof TokenResult.Rejected<ApiTokenClaims> rejected) {
            return Replies.unauthorized("Bearer error=\"invalid_token\"", "invalid token: " + rejected.reason().name().toLowerCase());
        }
        ApiTokenClaims claims = ((TokenResult.Ok<ApiTokenClaims>) token).claims();
        long retryAfter = rateLimit == null ? 0
                : rateLimit.acquire(claims.tokenId() != null ? claims.tokenId() : "domain:" + claims.domain());
        if (retryAfter > 0) {
            return HttpReply.error(429, "rate_limited", "too many requests with this token; retry after " + retryAfter + " s")
                    .withHeader("Retry-After", Long.toString(retryAfter));
        }
        String domain = request.pathParam("domain");
        if (!claims.domain().equals(domain)) {
            return Replies.forbidden("the token is not valid for domain " + domain);
        }
        Optional<ActiveDomain> active = domains.find(domain);
        if (active.isEmpty()) {
            return Replies.notFound("no such domain: " + domain);
        }
        return handler.apply(active.get(), request);
    }

    private HttpReply place(ActiveDomain domain, HttpRequestData request) {
        Validated<PlaceRemoteCallRequest> parsed = CallRequests.parsePlace(request.body());
        if (parsed instanceof Validated.Invalid<PlaceRemoteCallRequest> invalid) {
            return Replies.invalid(invalid.errors());
        }
        PlaceRemoteCallRequest body = ((Validated.Ok<PlaceRemoteCallRequest>) parsed).value();
        String callback = body.callbackBaseUrl() != null ? body.callbackBaseUrl() : domain.record().callbackBaseUrl();
        if (callback == null) {
            return Replies.invalid("callbackBaseUrl", "required: the domain has no callback_base_url");
        }
        String srtp = domain.record().srtp();
        if ("always".equals(srtp) && body.crypto().isEmpty()) {
            return Replies.invalid("crypto", "required: domain " + domain.name() + " requires SRTP");
        }
        if ("never".equals(srtp) && !body.crypto().isEmpty()) {
            return Replies.invalid("crypto", "not allowed: domain " + domain.name() + " does not allow SRTP");
        }
        Destinations.Result destination = destinations.resolve(body.destinationUri(), domain);
        if (destination instanceof Destinations.Result.NoEndpoints) {
            return Replies.invalid("destinationUri", "has no routable host and domain " + domain.name() + " has no endpoints");
        }
        if (destination instanceof Destinations.Result.NotAllowed refused) {
            return Replies.destinationNotAllowed(domain.name(), refused.host());
        }
        OutboundCall call;
        try {
            call = calls.place(domain.name(), callback, ((Destinations.Result.Targets) destination).uris(), body);
        } catch (IllegalArgumentException e) {
            return Replies.invalid("destinationUri", "cannot be used as a SIP request URI");
        } catch (IllegalStateException e) {
            return HttpReply.error(503, "unavailable", "the call could not be started").withHeader("Retry-After", "1");
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("success", true);
        reply.put("replyId", call.replyId());
        return HttpReply.json(200, reply);
    }

    /** Answers an inbound call, or says which field of the answer the caller's offer cannot take. */
    private HttpReply answer(Call call, AnswerRemoteCallRequest body, long receivedNanos) {
        if (!(call instanceof InboundCall inbound)) {
            return onlyInbound();
        }
        Optional<io.cloudua.api.error.FieldError> problem = inbound.checkAnswer(body);
        if (problem.isPresent() && !inbound.isAnswered()) {
            return Replies.invalid(java.util.List.of(problem.get()));
        }
        return outcome(inbound.answer(body, receivedNanos));
    }

    private static HttpReply onlyInbound() {
        return Replies.conflict("this action applies only to inbound calls");
    }

    /** What the leg said, as the API says it: done, not in this state (409), or over (404). */
    private static HttpReply outcome(LegAction result) {
        return switch (result) {
            case DONE -> Replies.success();
            case WRONG_STATE -> Replies.conflict("the call's state does not allow this action");
            case ENDED -> Replies.notFound("no such call: it has ended");
        };
    }

    private <T> HttpReply withCall(ActiveDomain domain, HttpRequestData request, Validated<T> parsed,
                                   java.util.function.Function<T, String> replyIdOf, BiFunction<Call, T, HttpReply> action) {
        if (parsed instanceof Validated.Invalid<T> invalid) {
            return Replies.invalid(invalid.errors());
        }
        T body = ((Validated.Ok<T>) parsed).value();
        TokenResult<ReplyIdClaims> reply = tokens.verifyReplyId(replyIdOf.apply(body));
        if (reply instanceof TokenResult.Rejected<ReplyIdClaims> rejected) {
            return rejected.reason() == TokenResult.Reason.EXPIRED
                    ? Replies.notFound("the call of this replyId has ended")
                    : Replies.invalid("replyId", "not a valid replyId");
        }
        ReplyIdClaims claims = ((TokenResult.Ok<ReplyIdClaims>) reply).claims();
        if (!claims.domain().equals(domain.name())) {
            return Replies.forbidden("the replyId belongs to another domain");
        }
        Optional<Call> call = nodeId.equals(claims.node()) ? calls.find(claims.callRef()) : Optional.empty();
        if (call.isEmpty()) {
            return Replies.notFound("no such call: it has ended or never existed");
        }
        io.cloudua.gateway.http.RequestLogContext.call(call.get().sipCallId(), call.get().traceId());
        return action.apply(call.get(), body);
    }
}
