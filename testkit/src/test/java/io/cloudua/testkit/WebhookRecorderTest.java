package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook recorder over real HTTP, as the gateway will call it.
 *
 * <p>Why: a device's webhook endpoint is what the gateway talks to in every call flow; its
 * answers (status, body, delay) and its concurrency shape what the gateway sees.
 */
class WebhookRecorderTest {
  private static final Duration WAIT = Duration.ofSeconds(5);
  private WebhookRecorder hooks;
  private RestClient http;

  @BeforeEach
  void start() {
    hooks = WebhookRecorder.start();
    http = new RestClient(hooks.baseUrl());
  }

  @AfterEach
  void stop() {
    hooks.close();
  }

  @Test
  void recordsEventBodyAndHeaders() {
    assertTrue(hooks.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/hooks"), hooks.baseUrl());
    RestClient.Response r = http.send("POST", "/newRemoteCall",
        Map.of("Content-Type", "application/json", "X-Trace", "t1"), "{\"callId\":\"c1\",\"codec\":\"PCMA\"}");

    assertEquals(200, r.status());
    assertEquals("{}", r.body());
    WebhookRecorder.Hook hook = hooks.await("newRemoteCall", b -> "c1".equals(b.path("callId").asText()), WAIT);
    assertEquals("PCMA", hook.body().path("codec").asText());
    assertEquals(List.of("t1"), hook.headers().get("x-trace"), "header names ignore case");
    assertEquals(1, hooks.all().size());
  }

  @Test
  void awaitSeesEarlierHooksAndWaitsForLaterOnes() throws Exception {
    http.post("/callAnswered", Map.of("callId", "a"), null);
    CompletableFuture<WebhookRecorder.Hook> later = CompletableFuture.supplyAsync(
        () -> hooks.await("callHungup", b -> b.path("callId").asText().equals("a"), WAIT));
    assertEquals("a", hooks.await("callAnswered", null, WAIT).body().path("callId").asText());
    Thread.sleep(100);
    assertFalse(later.isDone());
    http.post("/callHungup", Map.of("callId", "a"), null);
    assertEquals("callHungup", later.get(5, TimeUnit.SECONDS).event());
  }

  @Test
  void timeoutListsWhatWasReceived() {
    http.post("/callNotify", Map.of("event", "ringing"), null);
    AssertionError e = assertThrows(AssertionError.class,
        () -> hooks.await("callAnswered", b -> true, Duration.ofMillis(200)));
    assertTrue(e.getMessage().contains("callNotify") && e.getMessage().contains("ringing"), e.getMessage());
  }

  @Test
  void configuredStatusBodyAndDelayAreUsed() {
    hooks.respond("newRemoteCall", 500, "{\"sessionReferenceId\":\"s-1\"}");
    hooks.respondWithDelay("newRemoteCall", Duration.ofMillis(300));
    long start = System.nanoTime();
    RestClient.Response r = http.post("/newRemoteCall", "{}", null);

    assertEquals(500, r.status());
    assertEquals("s-1", r.json().path("sessionReferenceId").asText());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 290);
    assertEquals(200, http.post("/callFailed", "{}", null).status(), "other events keep the default");
  }

  @Test
  void onHookRunsAfterTheResponseWasSent() throws Exception {
    CountDownLatch responded = new CountDownLatch(1);
    CompletableFuture<JsonNode> seen = new CompletableFuture<>();
    hooks.onHook("newRemoteCall", h -> {
      try {
        seen.complete(responded.await(5, TimeUnit.SECONDS) ? h.body() : null);
      } catch (InterruptedException e) {
        seen.completeExceptionally(e);
      }
    });
    assertEquals(200, http.post("/newRemoteCall", Map.of("replyId", "r1"), null).status());
    responded.countDown();
    assertEquals("r1", seen.get(5, TimeUnit.SECONDS).path("replyId").asText());
  }

  @Test
  void failingOnHookActionIsReported() {
    hooks.onHook("callAnswered", h -> {
      throw new IllegalStateException("device broke");
    });
    http.post("/callAnswered", "{}", null);
    AssertionError e = assertThrows(AssertionError.class, () -> hooks.await("callHungup", null, Duration.ofMillis(300)));
    assertTrue(e.getMessage().contains("device broke"), e.getMessage());
    assertEquals(1, hooks.actionFailures().size());
  }

  @Test
  void manySlowHooksAreServedConcurrently() throws Exception {
    hooks.respondWithDelay("callNotify", Duration.ofMillis(500));
    int n = 40;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      long start = System.nanoTime();
      AtomicInteger ok = new AtomicInteger();
      CompletableFuture.allOf(IntStream.range(0, n).mapToObj(i -> CompletableFuture.runAsync(() -> {
        if (http.post("/callNotify", Map.of("i", i), null).status() == 200) {
          ok.incrementAndGet();
        }
      }, pool)).toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

      assertEquals(n, ok.get());
      assertEquals(n, hooks.awaitCount("callNotify", n, WAIT).size());
      long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      assertTrue(millis < 5000, n + " hooks of 500 ms took " + millis + " ms: not concurrent");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nonJsonBodyIsKeptAsTextAndOtherMethodsAreRefused() {
    http.send("POST", "/callFailed", Map.of(), "not json");
    assertEquals("not json", hooks.await("callFailed", null, WAIT).body().asText());
    assertEquals(405, http.get("/callFailed", null, null).status());
    assertEquals(1, hooks.all().size());
  }
}
