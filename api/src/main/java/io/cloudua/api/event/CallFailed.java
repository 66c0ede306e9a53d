package io.cloudua.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Webhook {@code callFailed}: an outbound call was not set up, because the far end answered
 * 3xx-6xx ({@code sipStatus}, {@code sipReason}) or did not answer in time. {@code errorDescr}
 * is a human-readable description. Null fields are omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallFailed(
        String sipCallId,
        Integer sipStatus,
        String sipReason,
        String errorDescr,
        JsonNode sessionReferenceId,
        String sessionId,
        String ivrServer,
        String participantId,
        String domain,
        String traceId,
        String httpTransactionId) {
}
