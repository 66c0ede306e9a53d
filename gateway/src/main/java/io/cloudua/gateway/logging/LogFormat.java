package io.cloudua.gateway.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * The format of the log on standard output: {@code text} (one readable line per event, as logback.xml
 * writes it) or {@code json} (one JSON object per line, for log shippers: level, logger, thread, timestamp,
 * the message, the MDC (callId, traceId of the API request) and the structured fields of {@link LogLine}).
 *
 * <p>JSON is switched on at start-up by replacing logback.xml's console appender ({@code STDOUT}) with one
 * using logback's own {@link JsonEncoder}; other appenders an operator configured are left alone.
 */
public enum LogFormat {
    TEXT,
    JSON;

    static final String CONSOLE = "STDOUT";
    static final String JSON_CONSOLE = "STDOUT_JSON";

    /** Applies this format to the root logger's console output; TEXT leaves logback.xml's setup as it is. */
    public void apply() {
        if (this != JSON || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(JSON_CONSOLE) != null) {
            return;
        }
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);        // the pattern with {} placeholders
        encoder.setWithArguments(false);      // values are already in the formatted message and key/value pairs
        encoder.setWithFormattedMessage(true);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setName(JSON_CONSOLE);
        console.setContext(context);
        console.setEncoder(encoder);
        console.start();
        Appender<ILoggingEvent> text = root.getAppender(CONSOLE);
        root.addAppender(console);
        if (text != null) {
            root.detachAppender(text);
            text.stop();
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
