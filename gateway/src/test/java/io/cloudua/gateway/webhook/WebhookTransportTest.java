package io.cloudua.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook transport over real loopback sockets: keep-alive reuse, the connection bound, deadlines, TLS checks. */
class WebhookTransportTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private WebhookTransport transport(long timeoutMillis) {
        WebhookTransport t = new WebhookTransport(timeoutMillis);
        open.add(t);
        return t;
    }

    /** A JDK HttpServer answering 200 "ok" after delayMillis, noting each request's client port. */
    private String server(Set<Integer> clientPorts, AtomicInteger requests, long delayMillis) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(Executors.newFixedThreadPool(128));
        server.createContext("/hooks", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        server.start();
        open.add(() -> server.stop(0));
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/callNotify?x=1";
    }

    private static WebhookTransport.Reply await(CompletableFuture<WebhookTransport.Reply> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    @Test
    void sequentialWebhooksReuseOneConnection() throws Exception {
        Set<Integer> ports = ConcurrentHashMap.newKeySet();
        AtomicInteger requests = new AtomicInteger();
        String url = server(ports, requests, 0);
        WebhookTransport t = transport(2000);
        for (int i = 0; i < 50; i++) {
            WebhookTransport.Reply r = await(t.post(url, "{}".getBytes(StandardCharsets.UTF_8), Map.of("X-N", "" + i)));
            assertThat(r.status()).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("ok");
        }
        assertThat(requests).hasValue(50);
        assertThat(ports).hasSize(1);
    }

    @Test
    void concurrentWebhooksNeverOpenMoreThanTheBoundAndAllArrive() throws Exception {
        Set<Integer> ports = ConcurrentHashMap.newKeySet();
        AtomicInteger requests = new AtomicInteger();
        String url = server(ports, requests, 20);
        WebhookTransport t = transport(10_000);
        List<CompletableFuture<WebhookTransport.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            replies.add(t.post(url, "{}".getBytes(StandardCharsets.UTF_8), Map.of()));
        }
        for (CompletableFuture<WebhookTransport.Reply> r : replies) {
            assertThat(await(r).status()).isEqualTo(200);
        }
        assertThat(requests).hasValue(400);
        assertThat(ports.size()).isBetween(2, WebhookTransport.MAX_CONNECTIONS_PER_RECEIVER);
        assertThat(t.openConnections().get(5, TimeUnit.SECONDS)).isLessThanOrEqualTo(WebhookTransport.MAX_CONNECTIONS_PER_RECEIVER);
    }

    @Test
    void aReceiverThatNeverAnswersTimesOut() throws Exception {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(silent);
        WebhookTransport t = transport(300);
        long started = System.nanoTime();
        WebhookTransport.Reply r = await(t.post("http://127.0.0.1:" + silent.getLocalPort() + "/x", new byte[0], Map.of()));
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(r.error()).isInstanceOf(WebhookTimeoutException.class);
        assertThat(DeliveryOutcome.ofError(r.error())).isEqualTo(DeliveryOutcome.TIMEOUT);
        assertThat(tookMillis).isBetween(250L, 5000L);
    }

    @Test
    void aReceiverClosingAfterEveryAnswerStillGetsEveryWebhook() throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(server);
        AtomicInteger connections = new AtomicInteger();
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                    readHeadersAndBody(s.getInputStream());
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (Exception e) {
                    // closed
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        WebhookTransport t = transport(2000);
        for (int i = 0; i < 5; i++) {
            WebhookTransport.Reply r = await(t.post("http://127.0.0.1:" + server.getLocalPort() + "/x",
                    "{\"a\":1}".getBytes(StandardCharsets.UTF_8), Map.of()));
            assertThat(r.error()).isNull();
            assertThat(r.status()).isEqualTo(204);
            Thread.sleep(20);   // lets the close arrive, or not: either way the webhook must go through
        }
        assertThat(connections.get()).isBetween(5, 10);
    }

    @Test
    void anUntrustedTlsReceiverIsRefused() throws Exception {
        SelfSignedCertificate cert = new SelfSignedCertificate("localhost");
        NioEventLoopGroup group = new NioEventLoopGroup(1);
        open.add(() -> group.shutdownGracefully(0, 1, TimeUnit.SECONDS));
        var serverTls = SslContextBuilder.forServer(cert.certificate(), cert.privateKey()).build();
        Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(serverTls.newHandler(ch.alloc()));
                    }
                }).bind(InetAddress.getLoopbackAddress(), 0).sync().channel();
        open.add(() -> server.close().sync());
        int port = ((InetSocketAddress) server.localAddress()).getPort();
        WebhookTransport.Reply r = await(transport(2000).post("https://localhost:" + port + "/x", new byte[0], Map.of()));
        assertThat(r.status()).isZero();
        assertThat(r.error()).isInstanceOf(javax.net.ssl.SSLException.class);
        assertThat(DeliveryOutcome.ofError(r.error())).isEqualTo(DeliveryOutcome.UNREACHABLE);
    }

    @Test
    void urlsThatAreNotHttpAreRefusedBeforeSending() {
        WebhookTransport t = transport(1000);
        for (String bad : List.of("not a url", "ftp://host/x", "mailto:a@b", "http:///nohost", "/relative")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.post(bad, new byte[0], Map.of()))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(WebhookTransport.Target.of("https://dev.example.com/cb/callNotify?k=v%20w"))
                .isEqualTo(new WebhookTransport.Target(true, "dev.example.com", 443, "/cb/callNotify?k=v%20w"));
        assertThat(WebhookTransport.Target.of("http://[::1]:8080/x").connectHost()).isEqualTo("::1");
        assertThat(WebhookTransport.Target.of("http://h:80/x").hostHeader()).isEqualTo("h");
    }

    private static void readHeadersAndBody(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                return;
            }
            head.append((char) c);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
    }
}
