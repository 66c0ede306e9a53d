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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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

    HttpDispatchHandler(Router router, Executor executor) {
        this.router = router;
        this.executor = executor;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (!request.decoderResult().isSuccess()) {
            write(ctx, HttpReply.error(400, "bad_request", "malformed HTTP request"), false);
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        String method = request.method().name();
        Router.Match match = router.match(method, uri.path());
        if (match instanceof Router.Match.NotFound) {
            write(ctx, HttpReply.error(404, "not_found", "no such resource: " + uri.path()), keepAlive);
            return;
        }
        if (match instanceof Router.Match.MethodNotAllowed m) {
            write(ctx, HttpReply.error(405, "method_not_allowed", method + " is not allowed here")
                    .withHeader("Allow", String.join(", ", m.allowed())), keepAlive);
            return;
        }
        Router.Match.Found found = (Router.Match.Found) match;
        Map<String, String> headers = new HashMap<>();
        request.headers().forEach(e -> headers.putIfAbsent(e.getKey().toLowerCase(), e.getValue()));
        byte[] body = ByteBufUtil.getBytes(request.content());
        HttpRequestData data = new HttpRequestData(method, uri.path(), found.params(), uri.parameters(), headers, body,
                (InetSocketAddress) ctx.channel().remoteAddress());
        try {
            CompletableFuture.supplyAsync(() -> found.handler().handle(data), executor)
                    .thenCompose(stage -> stage)
                    .whenComplete((reply, error) -> {
                        if (error != null) {
                            LOG.warn("{} {} failed", method, uri.path(), error);
                            reply = HttpReply.error(500, "internal_error", "the request could not be completed");
                        }
                        write(ctx, reply, keepAlive);
                    });
        } catch (RejectedExecutionException e) {
            write(ctx, HttpReply.error(503, "overloaded", "try again later").withHeader("Retry-After", "1"), keepAlive);
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
