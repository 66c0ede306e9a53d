package io.cloudua.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cloudua.api.call.Crypto;
import java.util.List;

/**
 * Webhook {@code POST {callbackBaseUrl}/newRemoteCall}: an INVITE arrived for the device's
 * domain. The device rings its user and answers with {@code answerremotecalljwt} quoting
 * {@code replyId}; {@code remoteRtpIp/Port}, {@code codec}, {@code telephoneEventPayloadType}
 * and {@code crypto} come from the caller's SDP offer. The webhook's reply may carry a
 * {@code sessionReferenceId} (see {@link NewRemoteCallReply}). Null fields are omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewRemoteCall(
        String httpTransactionId,
        String sessionId,
        String replyId,
        String traceId,
        String domain,
        String ivrServer,
        String callId,
        String codec,
        String destinationUri,
        String sourceUser,
        String remoteRtpIp,
        Integer remoteRtpPort,
        Integer telephoneEventPayloadType,
        List<Crypto> crypto) {
}
