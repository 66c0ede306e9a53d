package io.cloudua.gateway.webhook;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * Keep-alive connections to one webhook receiver: at most {@code maxConnections}, one request in flight on
 * each (no pipelining), the rest waiting in order, at most {@code maxPending} of them. Every request has one
 * deadline from the moment it is submitted, whether it is still waiting or in flight. All state lives on one
 * event loop; nothing here is locked.
 *
 * <p>A request that fails because a reused connection was closed under it (the receiver's keep-alive timeout
 * raced our write) is sent once more on another connection, as browsers and the JDK client do.
 */
final class ReceiverPool {
    /** Responses larger than this fail the delivery (a webhook answer is a small JSON object). */
    static final int MAX_RESPONSE_BYTES = 1 << 20;

    private final EventLoop loop;
    private final WebhookTransport.Target target;
    private final long timeoutMillis;
    private final int maxConnections;
    private final int maxPending;
    private final Runnable onEmpty;
    private final Bootstrap bootstrap;
    private final ArrayDeque<Conn> idle = new ArrayDeque<>();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private int open;          // connected or connecting
    private int connecting;
    private boolean closed;

    ReceiverPool(EventLoop loop, WebhookTransport.Target target, SslContext tls, long timeoutMillis, int maxConnections,
                 int maxPending, long idleMillis, Runnable onEmpty) {
        this.loop = loop;
        this.target = target;
        this.timeoutMillis = timeoutMillis;
        this.maxConnections = maxConnections;
        this.maxPending = maxPending;
        this.onEmpty = onEmpty;
        this.bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeoutMillis))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (target.secure()) {
                            SSLEngine engine = tls.newEngine(ch.alloc(), target.connectHost(), target.port());
                            SSLParameters params = engine.getSSLParameters();
                            params.setEndpointIdentificationAlgorithm("HTTPS");
                            engine.setSSLParameters(params);
                            ch.pipeline().addLast(new SslHandler(engine));
                        }
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_RESPONSE_BYTES),
                                new IdleStateHandler(0, 0, idleMillis, TimeUnit.MILLISECONDS));
                    }
                });
    }

    int open() {
        return open;
    }

    /** Sends request (whose reference this pool now owns) when a connection is free; completes reply once. */
    void submit(FullHttpRequest request, CompletableFuture<WebhookTransport.Reply> reply) {
        Pending p = new Pending(request, reply);
        if (closed) {
            p.fail(new IOException("webhook client closed"));
            return;
        }
        if (pending.size() >= maxPending) {
            p.fail(new IOException("more than " + maxPending + " webhooks waiting for " + target.origin()));
            return;
        }
        p.deadline = loop.schedule(() -> p.fail(new WebhookTimeoutException(
                "no answer from " + target.origin() + " within " + timeoutMillis + " ms")), timeoutMillis, TimeUnit.MILLISECONDS);
        dispatch(p);
    }

    private void dispatch(Pending p) {
        Conn conn = idle.pollFirst();
        if (conn != null) {
            conn.send(p);
            return;
        }
        pending.addLast(p);
        connectIfNeeded();
    }

    /** One more connection when more requests wait than connections are being opened, up to the limit. */
    private void connectIfNeeded() {
        if (!closed && open < maxConnections && connecting < pending.size()) {
            connect();
        }
    }

    private void connect() {
        open++;
        connecting++;
        bootstrap.connect(target.connectHost(), target.port()).addListener((ChannelFutureListener) f -> {
            connecting--;
            if (f.isSuccess()) {
                Conn conn = new Conn(f.channel());
                f.channel().pipeline().addLast(conn);
                release(conn);
                return;
            }
            open--;
            Throwable cause = f.cause() instanceof ConnectTimeoutException
                    ? new WebhookTimeoutException("connect to " + target.origin() + " timed out") : f.cause();
            if (open == 0) {   // nothing reaches the receiver: everyone waiting fails now, not one per retry
                while (!pending.isEmpty()) {
                    pending.pollFirst().fail(cause);
                }
                emptied();
            }   // else the connections that are up serve the waiting requests, within their deadlines
        });
    }

    /** A connection became free: give it the next live request waiting, or park it. */
    private void release(Conn conn) {
        Pending next;
        while ((next = pending.pollFirst()) != null) {
            if (!next.done) {
                conn.send(next);
                return;
            }
        }
        if (closed) {
            conn.channel.close();
        } else {
            idle.addLast(conn);
        }
    }

    private void emptied() {
        if (open == 0 && pending.isEmpty()) {
            onEmpty.run();
        }
    }

    void close() {
        closed = true;
        idle.forEach(c -> c.channel.close());
        idle.clear();
        while (!pending.isEmpty()) {
            pending.pollFirst().fail(new IOException("webhook client closed"));
        }
    }

    /** One request, from submit to its one reply. */
    private final class Pending {
        final FullHttpRequest request;
        final CompletableFuture<WebhookTransport.Reply> reply;
        ScheduledFuture<?> deadline;
        Conn on;
        long writtenAt;
        boolean resent;
        boolean done;

        Pending(FullHttpRequest request, CompletableFuture<WebhookTransport.Reply> reply) {
            this.request = request;
            this.reply = reply;
        }

        void succeed(int status, byte[] body) {
            if (finish()) {
                reply.complete(new WebhookTransport.Reply(status, body, null, writtenAt));
            }
        }

        void fail(Throwable error) {
            Conn conn = on;
            if (finish()) {
                if (conn != null) {
                    conn.channel.close();   // the answer, if one ever comes, belongs to nobody
                }
                reply.complete(new WebhookTransport.Reply(0, null, error, writtenAt));
            }
        }

        private boolean finish() {
            if (done) {
                return false;
            }
            done = true;
            on = null;
            if (deadline != null) {
                deadline.cancel(false);
            }
            request.release();
            return true;
        }
    }

    /** One connection; its handler completes the request in flight. */
    private final class Conn extends SimpleChannelInboundHandler<FullHttpResponse> {
        private final Channel channel;
        private Pending inFlight;
        private int sent;
        private Throwable failure;

        Conn(Channel channel) {
            this.channel = channel;
        }

        void send(Pending p) {
            inFlight = p;
            p.on = this;
            sent++;
            channel.writeAndFlush(p.request.retainedDuplicate()).addListener(f -> {
                if (f.isSuccess()) {
                    p.writtenAt = System.nanoTime();
                } else {
                    failure = f.cause();
                    channel.close();
                }
            });
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            Pending p = inFlight;
            inFlight = null;
            boolean keepAlive = HttpUtil.isKeepAlive(response);
            if (p != null && !p.done) {
                p.succeed(response.status().code(), ByteBufUtil.getBytes(response.content()));
            }
            if (keepAlive && !closed && channel.isActive()) {
                release(this);
            } else {
                channel.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            open--;
            idle.remove(this);
            Pending p = inFlight;
            inFlight = null;
            if (p != null && !p.done) {
                p.on = null;
                if (sent > 1 && !p.resent && (failure == null || failure instanceof IOException) && !closed) {
                    p.resent = true;      // a stale keep-alive connection: try once more on another one
                    pending.addFirst(p);
                    Conn free = idle.pollFirst();
                    if (free != null) {
                        release(free);
                    }
                } else {
                    p.fail(failure != null ? failure : new IOException("connection closed by " + target.origin()));
                }
            }
            connectIfNeeded();
            emptied();
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof IdleStateEvent && inFlight == null) {
                ctx.close();
            } else {
                super.userEventTriggered(ctx, event);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failure = cause instanceof io.netty.handler.codec.DecoderException && cause.getCause() != null
                    ? cause.getCause() : cause;
            ctx.close();
        }
    }
}
