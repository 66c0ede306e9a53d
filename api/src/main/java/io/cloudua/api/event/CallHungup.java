package io.cloudua.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Webhook {@code callHungup}: a call ended (BYE from either side, CANCEL, or no answer in time).
 * {@code sessionId}, {@code traceId}, {@code httpTransactionId}, {@code domain} and
 * {@code reason} are cloudua's additive fields. Null fields are omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallHungup(
        String callId,
        JsonNode sessionReferenceId,
        String destinationUri,
        String sourceUser,
        String sessionId,
        String traceId,
        String httpTransactionId,
        String domain,
        String reason) {
}
