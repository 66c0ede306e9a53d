package io.cloudua.loadtest;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;

/**
 * The device's webhook endpoint: a Netty HTTP/1.1 server with keep-alive that hands each POST to a handler
 * on the event loop and answers with what the handler returns. Handlers must not block.
 */
public final class WebhookServer implements AutoCloseable {
    /** Handles one webhook POST; returns the JSON reply body. */
    public interface Handler {
        byte[] onWebhook(String path, byte[] body, long receivedNanos);
    }

    private final Channel channel;
    private final Dispatch dispatch;

    private WebhookServer(Channel channel, Dispatch dispatch) {
        this.channel = channel;
        this.dispatch = dispatch;
    }

    /** Connections the gateway has opened to this server so far. */
    public long connectionsOpened() {
        return dispatch.opened.sum();
    }

    /** Connections open now. */
    public long connectionsOpen() {
        return dispatch.open.sum();
    }

    public static WebhookServer start(EventLoopGroup boss, EventLoopGroup workers, String bindHost, int port, Handler handler)
            throws InterruptedException {
        Dispatch dispatch = new Dispatch(handler);
        Channel ch = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel c) {
                        c.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), dispatch);
                    }
                })
                .bind(bindHost, port).sync().channel();
        return new WebhookServer(ch, dispatch);
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }

    @ChannelHandler.Sharable
    private static final class Dispatch extends SimpleChannelInboundHandler<FullHttpRequest> {
        private static final byte[] FAILED = "{\"error\":\"handler failed\"}".getBytes();
        private final Handler handler;
        final java.util.concurrent.atomic.LongAdder opened = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder open = new java.util.concurrent.atomic.LongAdder();

        Dispatch(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            opened.increment();
            open.increment();
            super.channelActive(ctx);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            open.decrement();
            super.channelInactive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            long now = System.nanoTime();
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            byte[] reply;
            HttpResponseStatus status = HttpResponseStatus.OK;
            try {
                reply = handler.onWebhook(request.uri(), ByteBufUtil.getBytes(request.content()), now);
            } catch (RuntimeException e) {
                reply = FAILED;
                status = HttpResponseStatus.INTERNAL_SERVER_ERROR;
            }
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(reply));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, reply.length);
            HttpUtil.setKeepAlive(response, keepAlive);
            var f = ctx.writeAndFlush(response);
            if (!keepAlive) {
                f.addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
