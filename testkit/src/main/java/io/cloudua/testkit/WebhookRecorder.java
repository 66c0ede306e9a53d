package io.cloudua.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A real HTTP server (JDK HttpServer on 127.0.0.1, ephemeral port) that records webhook POSTs
 * like a device would receive them.
 *
 * <p>Why real HTTP: the gateway's webhook client (timeouts, retries, connection reuse, JSON
 * encoding) is part of what integration tests check, so it must talk to a socket, not a mock.
 * Hooks are handled on a cached thread pool, so many calls can notify at once and a slow
 * answer ({@link #respondWithDelay}) blocks only its own request. Actions registered with
 * {@link #onHook} run on another pool after the response is sent, the way a device answers a
 * newRemoteCall by calling the REST API later, never inside the webhook request.
 */
public final class WebhookRecorder implements AutoCloseable {
  /**
   * One received webhook. {@code event} is the last path segment, e.g. "newRemoteCall"; {@code raw} is the
   * body exactly as received (what a webhook signature covers).
   */
  public record Hook(String event, JsonNode body, Map<String, List<String>> headers, Instant receivedAt, byte[] raw) {
    /** The first value of a header (names are case-insensitive), or null. */
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private record Reply(int status, String body) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/hooks";

  private final HttpServer server;
  private final ExecutorService handlers = daemonPool("webhook-http");
  private final ExecutorService actions = daemonPool("webhook-action");
  private final List<Throwable> actionFailures = new CopyOnWriteArrayList<>();
  private final HookLog log = new HookLog(actionFailures);
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();
  private final Map<String, List<Consumer<Hook>>> listeners = new ConcurrentHashMap<>();

  private WebhookRecorder() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start webhook recorder", e);
    }
    server.createContext(PATH, this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  public static WebhookRecorder start() {
    return new WebhookRecorder();
  }

  /** The callbackBaseUrl to give the gateway, e.g. http://127.0.0.1:PORT/hooks. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  /** Every hook received so far, in arrival order. */
  public List<Hook> all() {
    return log.all();
  }

  /**
   * Blocks until a hook of {@code event} whose body matches arrives (hooks already received
   * count too) and returns the first such hook; a null {@code match} accepts any body. Throws
   * AssertionError listing what was received (and failed onHook actions) when {@code max}
   * passes.
   */
  public Hook await(String event, Predicate<JsonNode> match, Duration max) {
    Predicate<Hook> p = h -> h.event().equals(event) && (match == null || match.test(h.body()));
    return log.awaitMatching(p, 1, max, "a " + event + " hook matching the predicate").get(0);
  }

  /** Blocks until at least {@code n} hooks of {@code event} arrived; returns all of them. */
  public List<Hook> awaitCount(String event, int n, Duration max) {
    return log.awaitMatching(h -> h.event().equals(event), n, max, n + " " + event + " hook(s)");
  }

  /** How to answer future hooks of that event (default 200 "{}"). */
  public void respond(String event, int status, String jsonBody) {
    replies.put(event, new Reply(status, jsonBody == null ? "" : jsonBody));
  }

  /** Delay the answer to future hooks of that event, e.g. to test the gateway's webhook timeout. */
  public void respondWithDelay(String event, Duration delay) {
    delays.put(event, Objects.requireNonNull(delay, "delay"));
  }

  /** Run {@code action} for every future hook of that event, after its response was sent. */
  public void onHook(String event, Consumer<Hook> action) {
    listeners.computeIfAbsent(event, e -> new CopyOnWriteArrayList<>()).add(action);
  }

  /** Exceptions thrown by {@link #onHook} actions (also listed by a failing await). */
  public List<Throwable> actionFailures() {
    return List.copyOf(actionFailures);
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
    actions.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String event = path.substring(path.lastIndexOf('/') + 1);
      byte[] rawBytes = exchange.getRequestBody().readAllBytes();
      String raw = new String(rawBytes, StandardCharsets.UTF_8);
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
      Hook hook = new Hook(event, parse(raw), Collections.unmodifiableMap(headers), Instant.now(), rawBytes);
      log.add(hook);
      Duration delay = delays.get(event);
      if (delay != null) {
        sleep(delay);
      }
      Reply reply = replies.getOrDefault(event, new Reply(200, "{}"));
      byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        exchange.getResponseBody().write(out);
      }
      exchange.close();
      for (Consumer<Hook> action : listeners.getOrDefault(event, List.of())) {
        actions.execute(() -> runAction(action, hook));
      }
    }
  }

  private void runAction(Consumer<Hook> action, Hook hook) {
    try {
      action.accept(hook);
    } catch (Throwable t) {
      actionFailures.add(t);
      log.wakeUp();
    }
  }

  private static JsonNode parse(String raw) {
    if (raw.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(raw);
    } catch (IOException e) {
      return TextNode.valueOf(raw);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ExecutorService daemonPool(String name) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
