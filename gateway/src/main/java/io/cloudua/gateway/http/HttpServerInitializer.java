package io.cloudua.gateway.http;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.Executor;

/**
 * The whole HTTP pipeline in one place: codec with request-line and header limits (414, 431), a whole-request
 * timeout (408), keep-alive, a body size limit (413 beyond it), an idle timeout, and the dispatcher that hands
 * requests to routes off the event loop.
 */
final class HttpServerInitializer extends ChannelInitializer<SocketChannel> {
    static final int MAX_INITIAL_LINE = 4096;
    static final int MAX_HEADER_SIZE = 8192;
    static final int MAX_BODY = 1024 * 1024;
    static final int IDLE_SECONDS = 60;
    /** From a request's first byte to its last: slow senders get 408. */
    static final int REQUEST_SECONDS = 30;

    private final Router router;
    private final Executor executor;
    private final HttpMetrics metrics;

    HttpServerInitializer(Router router, Executor executor, HttpMetrics metrics) {
        this.router = router;
        this.executor = executor;
        this.metrics = metrics;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline()
                .addLast("idle", new IdleStateHandler(0, 0, IDLE_SECONDS))
                .addLast("codec", new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADER_SIZE, 8192))
                .addLast("requestTimeout", new RequestTimeoutHandler(REQUEST_SECONDS * 1000L))
                .addLast("keepAlive", new HttpServerKeepAliveHandler())
                .addLast("aggregator", new HttpObjectAggregator(MAX_BODY))
                .addLast("dispatch", new HttpDispatchHandler(router, executor, metrics));
    }
}
