package io.cloudua.gateway.webhook;

import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * HTTP/1.1 POSTs to webhook receivers over keep-alive connections: one {@link ReceiverPool} per scheme, host
 * and port, all of them on one Netty event loop, so the pools need no locks and a busy receiver costs no
 * thread. Replaces the JDK HttpClient, whose idle-connection list is scanned linearly on every request and
 * which opened hundreds of connections to one device under load (docs/performance.md).
 *
 * <p>Futures complete on the event loop: callers must not block in their continuations.
 */
final class WebhookTransport implements AutoCloseable {
    /** Connections to one receiver at most; requests beyond wait in order for a free one. */
    static final int MAX_CONNECTIONS_PER_RECEIVER = 64;
    /** Requests waiting for a connection to one receiver at most; beyond, they fail at once. */
    static final int MAX_PENDING_PER_RECEIVER = 8192;
    /** A connection idle this long is closed (a receiver's own keep-alive timeout is often 60 s or more). */
    static final long IDLE_MILLIS = 30_000;

    /**
     * What came back: a status and body, or the failure (a {@link WebhookTimeoutException} when too slow);
     * writtenAtNanos is when the request went out on a connection ({@link System#nanoTime()}), 0 if it never did.
     */
    record Reply(int status, byte[] body, Throwable error, long writtenAtNanos) { }

    private final NioEventLoopGroup group;
    private final EventLoop loop;
    private final long timeoutMillis;
    private final SslContext tls;
    private final Map<String, ReceiverPool> pools = new HashMap<>();   // touched on the loop only
    private boolean closed;

    WebhookTransport(long timeoutMillis) {
        this.group = new NioEventLoopGroup(1, new DefaultThreadFactory("cloudua-webhook-io", true));
        this.loop = group.next();
        this.timeoutMillis = timeoutMillis;
        try {
            this.tls = SslContextBuilder.forClient().build();   // the JRE's trust store; host names are verified
        } catch (SSLException e) {
            throw new IllegalStateException("no TLS client context", e);
        }
    }

    /**
     * POSTs {@code body} as JSON to {@code url}; the future always completes normally.
     *
     * @throws IllegalArgumentException when url is not an absolute http or https URL
     */
    CompletableFuture<Reply> post(String url, byte[] body, Map<String, String> headers) {
        Target target = Target.of(url);
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, target.path(),
                Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.HOST, target.hostHeader());
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        request.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        headers.forEach(request.headers()::set);
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        loop.execute(() -> {
            if (closed) {
                request.release();
                reply.complete(new Reply(0, null, new java.io.IOException("webhook client closed"), 0));
                return;
            }
            pools.computeIfAbsent(target.origin(), origin -> new ReceiverPool(loop, target, tls, timeoutMillis,
                    MAX_CONNECTIONS_PER_RECEIVER, MAX_PENDING_PER_RECEIVER, IDLE_MILLIS, () -> pools.remove(origin)))
                    .submit(request, reply);
        });
        return reply;
    }

    /** Connections open to every receiver (for tests and metrics). */
    CompletableFuture<Integer> openConnections() {
        return CompletableFuture.supplyAsync(() -> pools.values().stream().mapToInt(ReceiverPool::open).sum(), loop);
    }

    @Override
    public void close() {
        loop.execute(() -> {
            closed = true;
            pools.values().forEach(ReceiverPool::close);
            pools.clear();
        });
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    }

    /** Where a webhook goes: scheme, host, port, and the path with its query. */
    record Target(boolean secure, String host, int port, String path) {
        static Target of(String url) {
            URI uri = URI.create(url);   // IllegalArgumentException when malformed
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            boolean secure = scheme.equals("https");
            int port = uri.getPort() > 0 ? uri.getPort() : secure ? 443 : 80;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) {
                path += "?" + uri.getRawQuery();
            }
            return new Target(secure, uri.getHost(), port, path);
        }

        /** The host for connecting: IPv6 literals without brackets. */
        String connectHost() {
            return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        }

        String hostHeader() {
            return (secure ? port == 443 : port == 80) ? host : host + ":" + port;
        }

        String origin() {
            return (secure ? "https://" : "http://") + host + ":" + port;
        }
    }
}
