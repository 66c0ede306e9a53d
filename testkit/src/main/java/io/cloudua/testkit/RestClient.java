package io.cloudua.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small JSON-over-HTTP client for tests against the gateway's REST API.
 *
 * <p>Why not a generated client: tests must also send what a real client would not (a body
 * that is not JSON, a missing field, a wrong token), and must see every status and header as
 * sent, so requests are built from plain strings and nothing is thrown for 4xx/5xx. Bodies that
 * are not JSON give {@link MissingNode} as {@code json}, so {@code json().path("x")} is safe.
 */
public final class RestClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** An HTTP response; {@code headers} as java.net.http gives them (case-insensitive keys). */
  public record Response(int status, JsonNode json, String body, Map<String, List<String>> headers) {
    /** First value of a header, any case; null when absent. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final String baseUrl;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** {@code baseUrl} e.g. http://127.0.0.1:8080 (a trailing slash is ignored). */
  public RestClient(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** POST a JSON body (an Object is serialised by Jackson, a String is sent as it is). */
  public Response post(String path, Object jsonBodyOrString, String bearerToken) {
    Map<String, String> headers = jsonHeaders();
    if (bearerToken != null) {
      headers.put("Authorization", "Bearer " + bearerToken);
    }
    return send("POST", path, headers, body(jsonBodyOrString));
  }

  public Response postBasic(String path, Object body, String user, String password) {
    return send("POST", path, basic(jsonHeaders(), user, password), body(body));
  }

  /** GET, with Basic authentication when {@code user} is not null. */
  public Response get(String path, String user, String password) {
    return send("GET", path, basic(acceptJson(), user, password), null);
  }

  public Response delete(String path, String user, String password) {
    return send("DELETE", path, basic(acceptJson(), user, password), null);
  }

  public Response put(String path, Object body, String user, String password) {
    return send("PUT", path, basic(jsonHeaders(), user, password), body(body));
  }

  /** OPTIONS, e.g. a CORS preflight with Origin and Access-Control-Request-Method. */
  public Response options(String path, Map<String, String> headers) {
    return send("OPTIONS", path, headers == null ? Map.of() : headers, null);
  }

  /** Any method; {@code body} null sends none. */
  public Response send(String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
    if (headers != null) {
      headers.forEach(b::header);
    }
    b.method(method, body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), parse(r.body()), r.body(), r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + baseUrl + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + path, e);
    }
  }

  private static String body(Object body) {
    if (body == null || body instanceof String) {
      return (String) body;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise request body " + body.getClass(), e);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  private static Map<String, String> jsonHeaders() {
    Map<String, String> h = acceptJson();
    h.put("Content-Type", "application/json");
    return h;
  }

  private static Map<String, String> acceptJson() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Accept", "application/json");
    return h;
  }

  private static Map<String, String> basic(Map<String, String> headers, String user, String password) {
    if (user != null) {
      String pair = user + ":" + (password == null ? "" : password);
      headers.put("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return headers;
  }
}
