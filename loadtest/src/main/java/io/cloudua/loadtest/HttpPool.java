package io.cloudua.loadtest;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A keep-alive HTTP/1.1 client for one host: up to {@code maxConnections} connections, one request in flight
 * on each (no pipelining), requests beyond that queued in order. All pool state lives on one event loop, so
 * nothing is locked; completions run on that loop and must not block.
 */
public final class HttpPool implements AutoCloseable {
    /** One reply: status -1 when the request failed in transport (connect error, connection closed, timeout). */
    public record Response(int status, String body, long nanos) { }

    private record Pending(FullHttpRequest request, CompletableFuture<Response> future, long queuedAt) { }

    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final String host;
    private final int port;
    private final int maxConnections;
    private final long timeoutMillis;
    private final ArrayDeque<Conn> idle = new ArrayDeque<>();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private int open;
    private boolean closed;

    public HttpPool(EventLoopGroup group, String host, int port, int maxConnections, long timeoutMillis) {
        this.loop = group.next();
        this.host = host;
        this.port = port;
        this.maxConnections = maxConnections;
        this.timeoutMillis = timeoutMillis;
        this.bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 20));
                    }
                });
    }

    /** The loop completions run on; also a cheap scheduler for the simulator. */
    public EventLoop loop() {
        return loop;
    }

    /** POSTs a JSON body; the future always completes normally. */
    public CompletableFuture<Response> postJson(String path, String json, String authorization) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, path,
                Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.HOST, host + ":" + port);
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        request.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        if (authorization != null) {
            request.headers().set(HttpHeaderNames.AUTHORIZATION, authorization);
        }
        CompletableFuture<Response> future = new CompletableFuture<>();
        Pending p = new Pending(request, future, System.nanoTime());
        if (loop.inEventLoop()) {
            submit(p);
        } else {
            loop.execute(() -> submit(p));
        }
        return future;
    }

    private void submit(Pending p) {
        if (closed) {
            p.request.release();
            p.future.complete(new Response(-1, "pool closed", System.nanoTime() - p.queuedAt));
            return;
        }
        Conn conn = idle.pollFirst();
        if (conn != null) {
            conn.send(p);
            return;
        }
        pending.addLast(p);
        if (open < maxConnections) {
            connect();
        }
    }

    private void connect() {
        open++;
        bootstrap.connect(host, port).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                open--;
                // Fail one waiting request per failed connect so a dead server cannot hang the caller.
                Pending p = pending.pollFirst();
                if (p != null) {
                    p.request.release();
                    p.future.complete(new Response(-1, "connect: " + f.cause(), System.nanoTime() - p.queuedAt));
                }
                if (!pending.isEmpty() && !closed && open < maxConnections) {
                    loop.schedule(this::connectIfNeeded, 50, TimeUnit.MILLISECONDS);
                }
                return;
            }
            Conn conn = new Conn(f.channel());
            f.channel().pipeline().addLast(conn);
            release(conn);
        });
    }

    private void connectIfNeeded() {
        if (!pending.isEmpty() && !closed && open < maxConnections) {
            connect();
        }
    }

    /** A connection became free: give it the next waiting request, or park it. */
    private void release(Conn conn) {
        Pending next = pending.pollFirst();
        if (next != null) {
            conn.send(next);
        } else {
            idle.addLast(conn);
        }
    }

    @Override
    public void close() {
        loop.execute(() -> {
            closed = true;
            for (Conn c : idle) {
                c.channel.close();
            }
            idle.clear();
            for (Pending p : pending) {
                p.request.release();
                p.future.complete(new Response(-1, "pool closed", 0));
            }
            pending.clear();
        });
    }

    /** One connection; its handler completes the request in flight. */
    private final class Conn extends SimpleChannelInboundHandler<FullHttpResponse> {
        private final Channel channel;
        private Pending inFlight;
        private io.netty.util.concurrent.ScheduledFuture<?> timer;

        Conn(Channel channel) {
            this.channel = channel;
        }

        void send(Pending p) {
            inFlight = p;
            timer = loop.schedule(() -> {
                if (inFlight == p) {
                    channel.close();
                }
            }, timeoutMillis, TimeUnit.MILLISECONDS);
            channel.writeAndFlush(p.request).addListener(f -> {
                if (!f.isSuccess()) {
                    channel.close();
                }
            });
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            Pending p = inFlight;
            inFlight = null;
            if (timer != null) {
                timer.cancel(false);
            }
            boolean keepAlive = HttpUtil.isKeepAlive(response);
            Response r = new Response(response.status().code(), response.content().toString(StandardCharsets.UTF_8),
                    System.nanoTime() - (p == null ? System.nanoTime() : p.queuedAt));
            if (keepAlive && !closed) {
                release(this);
            } else {
                channel.close();
            }
            if (p != null) {
                p.future.complete(r);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            open--;
            idle.remove(this);
            Pending p = inFlight;
            inFlight = null;
            if (p != null) {
                p.future.complete(new Response(-1, "connection closed", System.nanoTime() - p.queuedAt));
            }
            connectIfNeeded();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
