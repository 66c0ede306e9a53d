package io.cloudua.gateway.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of the pipeline: turns a Netty request into {@link HttpRequestData}, runs the matched
 * route on the API executor (never blocking the event loop), and writes the reply. No stack trace ever
 * reaches a client.
 */
final class HttpDispatchHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(HttpDispatchHandler.class);

    private final Router router;
    private final Executor executor;
    private final HttpMetrics metrics;

    HttpDispatchHandler(Router router, Executor executor, HttpMetrics metrics) {
        this.router = router;
        this.executor = executor;
        this.metrics = metrics;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        long started = System.nanoTime();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (!request.decoderResult().isSuccess()) {
            respond(ctx, started, request.method().name(), HttpMetrics.UNMATCHED,
                    DecoderFailures.reply(request.decoderResult().cause()), false, Map.of());
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        String method = request.method().name();
        Router.Match match = router.match(method, uri.path());
        if (match instanceof Router.Match.NotFound) {
            respond(ctx, started, method, HttpMetrics.UNMATCHED,
                    HttpReply.error(404, "not_found", "no such resource: " + uri.path()), keepAlive, Map.of());
            return;
        }
        if (match instanceof Router.Match.MethodNotAllowed m) {
            respond(ctx, started, method, HttpMetrics.UNMATCHED,
                    HttpReply.error(405, "method_not_allowed", method + " is not allowed here")
                            .withHeader("Allow", String.join(", ", m.allowed())), keepAlive, Map.of());
            return;
        }
        Router.Match.Found found = (Router.Match.Found) match;
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(e -> headers.putIfAbsent(e.getKey().toLowerCase(), e.getValue()));
        byte[] body = ByteBufUtil.getBytes(request.content());
        HttpRequestData data = new HttpRequestData(method, uri.path(), found.params(), uri.parameters(), headers, body,
                ctx.channel().remoteAddress() instanceof InetSocketAddress remote ? remote : null, started);
        try {
            CompletableFuture.supplyAsync(() -> invoke(found.handler(), data), executor)
                    .thenCompose(stage -> stage)
                    .whenComplete((routed, error) -> {
                        if (error != null) {
                            LOG.warn("{} {} failed", method, found.pattern(), error);
                            routed = new Routed(HttpReply.error(500, "internal_error", "the request could not be completed"),
                                    Map.of());
                        }
                        respond(ctx, started, method, found.pattern(), routed.reply(), keepAlive, routed.ids());
                    });
        } catch (RejectedExecutionException e) {
            respond(ctx, started, method, found.pattern(),
                    HttpReply.error(503, "overloaded", "try again later").withHeader("Retry-After", "1"), keepAlive, Map.of());
        }
    }

    /** A route's reply and the call ids it put in the log context. */
    private record Routed(HttpReply reply, Map<String, String> ids) { }

    /** Runs the route on this (API) thread and collects the call ids it named for the log. */
    private static CompletionStage<Routed> invoke(RouteHandler handler, HttpRequestData data) {
        RequestLogContext.clear();
        try {
            CompletionStage<HttpReply> stage = handler.handle(data);
            Map<String, String> ids = RequestLogContext.take();
            return stage.thenApply(reply -> new Routed(reply, ids));
        } finally {
            RequestLogContext.clear();
        }
    }

    /** Logs an error reply, writes it and measures the request. */
    private void respond(ChannelHandlerContext ctx, long started, String method, String route, HttpReply reply,
                         boolean keepAlive, Map<String, String> ids) {
        ApiErrorLog.log(method, route, reply, ids);
        write(ctx, reply, keepAlive);
        try {
            metrics.served(method, route, reply.status(), Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            LOG.debug("HTTP metrics failed: {}", e.toString());
        }
    }

    private static void write(ChannelHandlerContext ctx, HttpReply reply, boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(reply.body()));
        reply.headers().forEach((k, v) -> response.headers().set(k, v));
        if (reply.contentType() != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
        }
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
        HttpUtil.setKeepAlive(response, keepAlive);
        var future = ctx.writeAndFlush(response);
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            ctx.close();
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("HTTP connection from {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
