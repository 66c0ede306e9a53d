package io.cloudua.api.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.api.TestJson;
import io.cloudua.api.error.FieldError;
import io.cloudua.api.validation.Validated;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserRequestsTest {

    static List<String> fields(Validated<?> v) {
        return v.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void parsesSpecSample() {
        assertThat(UserRequests.parseCreate(TestJson.body("{'key':'user-1','secret':'mysupersecretsecret'}")))
                .isEqualTo(Validated.ok(new UserRequest("user-1", "mysupersecretsecret")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "user-1", "0-0", "abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopqrstuvwxyz0"})
    void acceptsKeys(String key) {
        assertThat(UserRequests.parseCreate(TestJson.body("{'key':'" + key + "','secret':'s'}")).isOk()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "User-1", "user_1", "user 1", "user@x", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void rejectsKeys(String key) {
        assertThat(fields(UserRequests.parseCreate(TestJson.body("{'key':'" + key + "','secret':'s'}"))))
                .containsExactly("key");
    }

    @Test
    void secretLength() {
        assertThat(UserRequests.parseCreate(TestJson.body("{'key':'u','secret':'" + "s".repeat(128) + "'}")).isOk())
                .isTrue();
        assertThat(fields(UserRequests.parseCreate(TestJson.body("{'key':'u','secret':'" + "s".repeat(129) + "'}"))))
                .containsExactly("secret");
        assertThat(fields(UserRequests.parseCreate(TestJson.body("{'key':'u','secret':''}")))).containsExactly("secret");
        assertThat(fields(UserRequests.parseCreate(TestJson.body("{'key':'u','secret':123}")))).containsExactly("secret");
        assertThat(fields(UserRequests.parseCreate(TestJson.body("{}")))).containsExactly("key", "secret");
    }

    @Test
    void updateKeyFromPath() {
        assertThat(UserRequests.parseUpdate(TestJson.body("{'secret':'s2'}"), "user-1"))
                .isEqualTo(Validated.ok(new UserRequest("user-1", "s2")));
        assertThat(UserRequests.parseUpdate(TestJson.body("{'key':'user-1','secret':'s2'}"), "user-1").isOk()).isTrue();
        assertThat(fields(UserRequests.parseUpdate(TestJson.body("{'key':'user-2','secret':'s2'}"), "user-1")))
                .containsExactly("key");
        assertThat(fields(UserRequests.parseUpdate(TestJson.body("{'secret':'s2'}"), "User_1"))).containsExactly("key");
        assertThat(fields(UserRequests.parseUpdate(TestJson.body("{'key':'user-1'}"), "user-1"))).containsExactly("secret");
    }

    @Test
    void secretNotPrinted() {
        assertThat(new UserRequest("u", "hunter2hunter2").toString()).doesNotContain("hunter2");
    }

    @Test
    void domainUserViewHasNoSecret() {
        assertThat(TestJson.tree(new DomainUser("user-1", "mydomain")))
                .isEqualTo(TestJson.parse("{'key':'user-1','domain':'mydomain'}"));
    }
}
