package io.cloudua.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text form of a structured line is logfmt: greppable, quoted where needed, one line whatever the input. */
class LogLineTest {

    @Test
    void writesEventThenFieldsInOrderAndSkipsNulls() {
        assertThat(LogLine.of("call ended").with("callId", "abc@host").with("traceId", null).with("sipStatus", 486).text())
                .isEqualTo("call ended callId=abc@host sipStatus=486");
    }

    @Test
    void quotesValuesWithSpacesQuotesOrEquals() {
        assertThat(LogLine.of("e").with("outcome", "caller hangup").with("q", "a\"b").with("eq", "a=b").with("empty", "").text())
                .isEqualTo("e outcome=\"caller hangup\" q=\"a\\\"b\" eq=\"a=b\" empty=\"\"");
    }

    @Test
    void aValueFromTheNetworkCannotStartANewLine() {
        String text = LogLine.of("call refused").with("requestUri", "sip:x@y\r\nfake=1").text();
        assertThat(text).doesNotContain("\n").doesNotContain("\r").isEqualTo("call refused requestUri=\"sip:x@y??fake=1\"");
    }
}
