package io.cloudua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST client against an echo server that reflects method, path, headers and body.
 *
 * <p>Why: gateway tests rely on the client sending exactly the body and credentials given,
 * and on seeing error responses as values.
 */
class RestClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private HttpServer server;
  private RestClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      ObjectNode echo = JSON.createObjectNode()
          .put("method", ex.getRequestMethod())
          .put("path", ex.getRequestURI().getPath())
          .put("authorization", ex.getRequestHeaders().getFirst("Authorization"))
          .put("contentType", ex.getRequestHeaders().getFirst("Content-Type"))
          .put("origin", ex.getRequestHeaders().getFirst("Origin"))
          .put("body", new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      boolean plain = ex.getRequestURI().getPath().endsWith("/plain");
      byte[] out = (plain ? "not json" : JSON.writeValueAsString(echo)).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
      ex.sendResponseHeaders(ex.getRequestURI().getPath().contains("missing") ? 404 : 200, out.length);
      ex.getResponseBody().write(out);
      ex.close();
    });
    server.start();
    client = new RestClient("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void postSerialisesObjectsAndSendsBearer() {
    RestClient.Response r = client.post("/mediaservice/d1/placeremotecalljwt", Map.of("codec", "PCMA"), "tok");

    assertEquals(200, r.status());
    assertEquals("POST", r.json().path("method").asText());
    assertEquals("/mediaservice/d1/placeremotecalljwt", r.json().path("path").asText());
    assertEquals("Bearer tok", r.json().path("authorization").asText());
    assertEquals("application/json", r.json().path("contentType").asText());
    assertEquals("{\"codec\":\"PCMA\"}", r.json().path("body").asText());
    assertEquals("*", r.header("access-control-allow-origin"));
    assertEquals("*", r.header("Access-Control-Allow-Origin"));
    assertNull(r.header("X-Absent"));
  }

  @Test
  void stringBodyIsSentAsItIs() {
    RestClient.Response r = client.post("/x", "{\"codec\": ", null);
    assertEquals("{\"codec\": ", r.json().path("body").asText());
    assertTrue(r.json().path("authorization").isNull());
  }

  @Test
  void basicAuthOnEveryVerb() {
    String basic = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
    assertEquals(basic, client.get("/domains", "admin", "secret").json().path("authorization").asText());
    assertEquals("DELETE", client.delete("/domains/a", "admin", "secret").json().path("method").asText());
    RestClient.Response put = client.put("/domains/a", Map.of("acl", "10.0.0.0/8"), "admin", "secret");
    assertEquals("PUT", put.json().path("method").asText());
    assertEquals("{\"acl\":\"10.0.0.0/8\"}", put.json().path("body").asText());
    assertEquals(basic, client.postBasic("/domains", "{}", "admin", "secret").json().path("authorization").asText());
    assertTrue(client.get("/domains", null, null).json().path("authorization").isNull());
  }

  @Test
  void optionsCarriesGivenHeaders() {
    RestClient.Response r = client.options("/mediaservice/d1/hangupcalljwt",
        Map.of("Origin", "https://device.example", "Access-Control-Request-Method", "POST"));
    assertEquals("OPTIONS", r.json().path("method").asText());
    assertEquals("https://device.example", r.json().path("origin").asText());
  }

  @Test
  void errorsAndNonJsonAreValues() {
    assertEquals(404, client.get("/missing", null, null).status());
    RestClient.Response plain = client.get("/plain", null, null);
    assertEquals("not json", plain.body());
    assertTrue(plain.json().isMissingNode());
  }
}
