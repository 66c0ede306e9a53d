package io.cloudua.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Limits answer with a status, never a dropped connection, and no error answer carries a stack trace. */
class HttpHardeningTest {
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        Router router = new Router();
        router.add("POST", "/echo", RouteHandler.sync(r -> HttpReply.json(200, java.util.Map.of("ok", true))));
        router.add("GET", "/boom", RouteHandler.sync(r -> {
            throw new IllegalStateException("secret internal detail");
        }));
        server = HttpServer.start("127.0.0.1", 0, router, executor);
    }

    @AfterEach
    void stop() {
        server.close();
        executor.shutdownNow();
    }

    /** Sends raw bytes and reads the whole answer (the server closes after an error). */
    private String exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // the server may answer and close before the whole body is sent
                }
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && !head.contains("keep")) {
                        String text = answer.toString(StandardCharsets.ISO_8859_1);
                        int length = contentLength(text);
                        if (length >= 0 && text.length() - text.indexOf("\r\n\r\n") - 4 >= length) {
                            break;
                        }
                    }
                }
            } catch (IOException e) {
                // reset after the answer: what was read is enough
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static int contentLength(String text) {
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return -1;
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        int size = HttpServerInitializer.MAX_BODY + 1;
        String answer = exchange("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + size
                + "\r\n\r\n", new byte[size]);
        assertThat(answer).startsWith("HTTP/1.1 413");
    }

    @Test
    void aTooLongUriIs414() throws Exception {
        String answer = exchange("GET /" + "a".repeat(HttpServerInitializer.MAX_INITIAL_LINE + 10) + " HTTP/1.1\r\nHost: x\r\n\r\n", null);
        assertThat(answer).startsWith("HTTP/1.1 414").contains("uri_too_long").doesNotContain("Exception");
    }

    @Test
    void tooLargeHeadersAre431() throws Exception {
        String answer = exchange("GET /echo HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(HttpServerInitializer.MAX_HEADER_SIZE + 10)
                + "\r\n\r\n", null);
        assertThat(answer).startsWith("HTTP/1.1 431").contains("headers_too_large").doesNotContain("Exception");
    }

    @Test
    void aThrowingHandlerIs500WithoutAStackTrace() throws Exception {
        String answer = exchange("GET /boom HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", null);
        assertThat(answer).startsWith("HTTP/1.1 500").contains("internal_error")
                .doesNotContain("IllegalStateException", "secret internal detail", "at io.cloudua", "\tat ");
    }

    @Test
    void garbageIs400() throws Exception {
        String answer = exchange("\u0001\u0002 nonsense\r\n\r\n", null);
        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Exception");
    }

    @Test
    void aRequestNotFinishedInTimeIs408() {
        EmbeddedChannel channel = new EmbeddedChannel(new RequestTimeoutHandler(60_000));
        channel.writeInbound(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/echo"));
        channel.advanceTimeBy(30, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat((Object) channel.readOutbound()).isNull();
        channel.advanceTimeBy(31, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        FullHttpResponse response = channel.readOutbound();
        assertThat(response.status().code()).isEqualTo(408);
        assertThat(channel.isOpen()).isFalse();
        response.release();
        channel.finishAndReleaseAll();
    }
}
