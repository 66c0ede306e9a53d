package io.cloudua.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.api.call.Crypto;
import java.util.List;

/**
 * Webhook {@code callAnswered}: the call is connected (ACK received for an inbound call, 2xx
 * for an outbound one). {@code remoteRtpIp/Port} and {@code codec} say where and how the device
 * must send media; {@code replyId} must be quoted in later requests. {@code sessionId},
 * {@code sipCallId}, {@code telephoneEventPayloadType} and {@code crypto} are cloudua's additive
 * fields. Null fields are omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallAnswered(
        String callingPartyNumber,
        String callerParticipantId,
        String calleeParticipantId,
        String remotePartyNumber,
        String connectionId,
        Integer callingPartyExpires,
        Integer calledPartyExpires,
        String codec,
        Boolean monitoringParticipant,
        String remoteRtpIp,
        Integer remoteRtpPort,
        String replyId,
        JsonNode sessionReferenceId,
        String traceId,
        String httpTransactionId,
        String siteId,
        String siteBaseUrl,
        String sessionId,
        String sipCallId,
        Integer telephoneEventPayloadType,
        List<Crypto> crypto) {
}
