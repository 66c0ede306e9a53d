package io.cloudua.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.api.call.Crypto;
import java.util.List;

/**
 * Webhook {@code callNotify}: progress or a mid-call change. {@code event} is one of
 * {@link #RINGING} (180/183 received), {@link #RE_INVITE} or {@link #UPDATE} (the far end changed
 * the session; {@code remoteRtpIp/Port}, {@code codec} and {@code crypto} then carry the new
 * media). {@code httpTransactionId}, {@code remoteRtpIp}, {@code remoteRtpPort}, {@code codec}
 * and {@code crypto} are cloudua's additive fields. Null fields are omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallNotify(
        String event,
        Boolean monitoringParticipant,
        String participantId,
        String sessionId,
        JsonNode sessionReferenceId,
        String user,
        String remoteUser,
        String remoteParticipantId,
        String sipCallId,
        String ivrServer,
        String traceId,
        String siteId,
        String siteBaseUrl,
        String httpTransactionId,
        String remoteRtpIp,
        Integer remoteRtpPort,
        String codec,
        List<Crypto> crypto) {

    public static final String RINGING = "ringing";
    public static final String RE_INVITE = "reInvite";
    public static final String UPDATE = "update";
}
