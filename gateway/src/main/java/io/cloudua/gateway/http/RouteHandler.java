package io.cloudua.gateway.http;

import java.util.concurrent.CompletionStage;

/** Handles the requests of one route. Runs on the API executor, never on a Netty event loop. */
@FunctionalInterface
public interface RouteHandler {
    CompletionStage<HttpReply> handle(HttpRequestData request);

    /** Adapts a synchronous handler. */
    static RouteHandler sync(java.util.function.Function<HttpRequestData, HttpReply> handler) {
        return request -> java.util.concurrent.CompletableFuture.completedFuture(handler.apply(request));
    }
}
