package io.cloudua.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** --log-format json: one JSON object per line on stdout, with the message, the MDC and the structured fields. */
class LogFormatTest {

    @AfterEach
    void restoreLogbackXml() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void jsonWritesOneObjectPerLineWithMdcAndFields() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            LogFormat.JSON.apply();
            LogFormat.JSON.apply();   // idempotent: still one appender
            MDC.put("traceId", "trace-1");
            LogLine.of("call ended").with("callId", "c-1").with("outcome", "caller hangup").with("sipStatus", 200)
                    .info(LoggerFactory.getLogger("io.cloudua.calls"));
        } finally {
            MDC.remove("traceId");
            System.setOut(old);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(lines[0]);
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("loggerName").asText()).isEqualTo("io.cloudua.calls");
        assertThat(json.path("formattedMessage").asText()).isEqualTo("call ended callId=c-1 outcome=\"caller hangup\" sipStatus=200");
        assertThat(json.path("mdc").path("traceId").asText()).isEqualTo("trace-1");
        assertThat(json.path("kvpList").toString()).contains("{\"callId\":\"c-1\"}", "{\"outcome\":\"caller hangup\"}");
    }

    @Test
    void textLeavesLogbackXmlAlone() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LogFormat.TEXT.apply();
        assertThat(root.getAppender(LogFormat.CONSOLE)).isNotNull();
        assertThat(root.getAppender(LogFormat.JSON_CONSOLE)).isNull();
    }

    @Test
    void namesAreLowerCaseForFlagsAndDocs() {
        assertThat(LogFormat.JSON).hasToString("json");
    }
}
