package io.cloudua.api.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudua.api.ApiJson;
import io.cloudua.api.TestJson;
import io.cloudua.api.error.FieldError;
import io.cloudua.api.validation.Validated;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainRequestsTest {

    static final String SAMPLE = "{'name':'mydomain','application_id':'c49f3586-9b3b-458b-89fc-3c8beb58865c',"
            + "'tls':'always','digest_auth':false,'srtp':'always','acl':['50.127.127.0/29','50.128.128.0/29'],"
            + "'domain_type':'app'}";

    static ObjectNode sample() {
        return (ObjectNode) TestJson.parse(SAMPLE);
    }

    static byte[] bytes(ObjectNode o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Domain ok(Validated<Domain> v) {
        assertThat(v.errors()).isEmpty();
        return ((Validated.Ok<Domain>) v).value();
    }

    static List<String> fields(Validated<?> v) {
        return v.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void parsesSpecSample() {
        Domain d = ok(DomainRequests.parseCreate(TestJson.body(SAMPLE)));
        assertThat(d).isEqualTo(new Domain("mydomain", "c49f3586-9b3b-458b-89fc-3c8beb58865c", "always", false,
                "always", List.of("50.127.127.0/29", "50.128.128.0/29"), "app", null, List.of()));
    }

    @Test
    void serialisesAsSpecSample() {
        Domain d = ok(DomainRequests.parseCreate(TestJson.body(SAMPLE)));
        assertThat(TestJson.tree(d)).isEqualTo(sample());
        Domain withUrl = new Domain("mydomain", "a", "optional", true, "never", List.of("10.0.0.0/8"), "trunk",
                "https://x.example/cb", null);
        assertThat(TestJson.tree(withUrl).get("callback_base_url").textValue()).isEqualTo("https://x.example/cb");
        assertThat(TestJson.tree(withUrl).get("digest_auth").booleanValue()).isTrue();
    }

    @Test
    void deserialisesWithJackson() throws Exception {
        Domain d = ApiJson.mapper().readValue(TestJson.body(SAMPLE), Domain.class);
        assertThat(d.applicationId()).isEqualTo("c49f3586-9b3b-458b-89fc-3c8beb58865c");
        assertThat(d.domainType()).isEqualTo("app");
    }

    @Test
    void appliesDefaults() {
        Domain d = ok(DomainRequests.parseCreate(TestJson.body(
                "{'name':'mydomain','application_id':'app','acl':['10.0.0.1']}")));
        assertThat(d.tls()).isEqualTo("optional");
        assertThat(d.srtp()).isEqualTo("optional");
        assertThat(d.digestAuth()).isFalse();
        assertThat(d.domainType()).isEqualTo("app");
        assertThat(d.callbackBaseUrl()).isNull();
    }

    @Test
    void requiredFields() {
        assertThat(fields(DomainRequests.parseCreate(TestJson.body("{}"))))
                .containsExactly("name", "application_id", "acl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcde", "my-domain", "a1234", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "12345"})
    void acceptsNames(String name) {
        assertThat(ok(DomainRequests.parseCreate(bytes(sample().put("name", name)))).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcd", "MyDomain", "-abcde", "abcde-", "my_domain", "my.domain", "my domain", "",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dömain"})
    void rejectsNames(String name) {
        assertThat(fields(DomainRequests.parseCreate(bytes(sample().put("name", name))))).containsExactly("name");
    }

    @Test
    void applicationIdRules() {
        assertThat(fields(DomainRequests.parseCreate(bytes(sample().put("application_id", ""))))).containsExactly("application_id");
        assertThat(fields(DomainRequests.parseCreate(bytes(sample().put("application_id", "a".repeat(65))))))
                .containsExactly("application_id");
        assertThat(fields(DomainRequests.parseCreate(bytes(sample().put("application_id", 5))))).containsExactly("application_id");
        assertThat(DomainRequests.parseCreate(bytes(sample().put("application_id", "a".repeat(64)))).isOk()).isTrue();
    }

    @Test
    void policies() {
        for (String p : List.of("always", "never", "optional", "ALWAYS")) {
            Domain d = ok(DomainRequests.parseCreate(bytes(sample().put("tls", p).put("srtp", p))));
            assertThat(d.tls()).isEqualTo(p.toLowerCase());
            assertThat(d.srtp()).isEqualTo(p.toLowerCase());
        }
        assertThat(fields(DomainRequests.parseCreate(bytes(sample().put("tls", "sometimes").put("srtp", "yes")))))
                .containsExactly("tls", "srtp");
        assertThat(fields(DomainRequests.parseCreate(bytes(sample().put("tls", true))))).containsExactly("tls");
    }

    @Test
    void digestAuth() {
        assertThat(ok(DomainRequests.parseCreate(bytes(sample().put("digest_auth", true)))).digestAuth()).isTrue();
        assertThat(fields(DomainRequests.parseCreate(bytes(sample().put("digest_auth", "true")))))
                .containsExactly("digest_auth");
    }

    @Test
    void domainType() {
        assertThat(ok(DomainRequests.parseCreate(bytes(sample().put("domain_type", "trunk")))).domainType())
                .isEqualTo("trunk");
        assertThat(fields(DomainRequests.parseCreate(bytes(sample().put("domain_type", "pbx")))))
                .containsExactly("domain_type");
    }

    @Test
    void aclEntries() {
        ObjectNode o = sample();
        o.putArray("acl").add("10.0.0.0/8").add("2001:db8::/32").add("192.0.2.7").add("::1");
        assertThat(ok(DomainRequests.parseCreate(bytes(o))).acl()).hasSize(4);
        o.putArray("acl").add("10.0.0.0/33").add("example.com").add(5).add("10.0.0.1");
        assertThat(fields(DomainRequests.parseCreate(bytes(o)))).containsExactly("acl[0]", "acl[1]", "acl[2]");
    }

    @Test
    void aclSize() {
        ObjectNode o = sample();
        o.putArray("acl");
        assertThat(fields(DomainRequests.parseCreate(bytes(o)))).containsExactly("acl");
        ArrayNode a = o.putArray("acl");
        for (int i = 0; i < 100; i++) {
            a.add("10.0." + i + ".0/24");
        }
        assertThat(DomainRequests.parseCreate(bytes(o)).isOk()).isTrue();
        a.add("10.1.0.0/24");
        assertThat(fields(DomainRequests.parseCreate(bytes(o)))).containsExactly("acl");
        assertThat(fields(DomainRequests.parseCreate(bytes(o.put("acl", "10.0.0.0/8"))))).containsExactly("acl");
    }

    @Test
    void callbackBaseUrl() {
        assertThat(ok(DomainRequests.parseCreate(bytes(sample().put("callback_base_url", "https://a.example/x"))))
                .callbackBaseUrl()).isEqualTo("https://a.example/x");
        assertThat(fields(DomainRequests.parseCreate(bytes(sample().put("callback_base_url", "a.example/x")))))
                .containsExactly("callback_base_url");
    }

    @Test
    void updateTakesNameFromPath() {
        ObjectNode o = sample();
        o.remove("name");
        assertThat(ok(DomainRequests.parseUpdate(bytes(o), "mydomain")).name()).isEqualTo("mydomain");
        assertThat(ok(DomainRequests.parseUpdate(bytes(sample()), "mydomain")).name()).isEqualTo("mydomain");
    }

    @Test
    void updateNameMustMatchPath() {
        assertThat(fields(DomainRequests.parseUpdate(bytes(sample()), "otherdomain"))).containsExactly("name");
        ObjectNode o = sample();
        o.remove("name");
        assertThat(fields(DomainRequests.parseUpdate(bytes(o), "BAD"))).containsExactly("name");
        assertThat(fields(DomainRequests.parseUpdate(bytes(o), null))).containsExactly("name");
        assertThat(fields(DomainRequests.parseUpdate(bytes(sample().put("name", 7)), "mydomain"))).containsExactly("name");
    }

    @Test
    void updateAppliesSameRules() {
        assertThat(fields(DomainRequests.parseUpdate(TestJson.body("{}"), "mydomain")))
                .containsExactly("application_id", "acl");
        assertThat(fields(DomainRequests.parseUpdate(TestJson.body("nope"), "mydomain"))).containsExactly("body");
    }
}
