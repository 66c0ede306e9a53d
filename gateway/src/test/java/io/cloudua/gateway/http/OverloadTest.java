package io.cloudua.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** When the API executor's backlog is full, a request is refused at once with 503 + Retry-After, not queued. */
class OverloadTest {

    @Test
    void aFullBacklogGives503WithRetryAfter() {
        Executor full = task -> {
            throw new RejectedExecutionException("backlog full");
        };
        Router router = new Router().add("GET", "/healthz", RouteHandler.sync(r -> HttpReply.empty(200)));
        EmbeddedChannel channel = new EmbeddedChannel(new HttpDispatchHandler(router, full, HttpMetrics.NOOP));
        channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/healthz"));
        FullHttpResponse response = channel.readOutbound();
        assertThat(response.status().code()).isEqualTo(503);
        assertThat(response.headers().get("Retry-After")).isEqualTo("1");
        assertThat(response.content().toString(StandardCharsets.UTF_8)).contains("overloaded").doesNotContain("Exception");
        response.release();
        channel.finishAndReleaseAll();
    }
}
