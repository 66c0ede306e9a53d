package io.cloudua.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

    record Sample(String a, Integer b) {
    }

    static final class Empty {
    }

    @Test
    void sameInstanceEveryTime() {
        assertThat(ApiJson.mapper()).isSameAs(ApiJson.mapper());
    }

    @Test
    void omitsNulls() throws Exception {
        assertThat(ApiJson.mapper().writeValueAsString(new Sample("x", null))).isEqualTo("{\"a\":\"x\"}");
    }

    @Test
    void ignoresUnknownProperties() throws Exception {
        Sample s = ApiJson.mapper().readValue("{\"a\":\"x\",\"b\":1,\"zzz\":true}", Sample.class);
        assertThat(s).isEqualTo(new Sample("x", 1));
    }

    @Test
    void emptyBeanIsEmptyObject() throws Exception {
        ObjectMapper m = ApiJson.mapper();
        assertThat(m.writeValueAsString(new Empty())).isEqualTo("{}");
    }
}
