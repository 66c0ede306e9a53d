package io.cloudua.api.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A validated {@code answerremotecalljwt} body: answer the inbound call named by {@code replyId}
 * (from {@code newRemoteCall}) with a 200 OK whose SDP points at {@code receiveIp:receivePort}.
 * {@code codec} is upper case; {@code crypto} is never null (empty = plain RTP). Built by
 * {@link CallRequests#parseAnswer}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerRemoteCallRequest(
        String codec,
        JsonNode sessionReferenceId,
        Integer telephoneEventPayloadType,
        String replyId,
        Integer receivePort,
        String receiveIp,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Crypto> crypto) {

    public AnswerRemoteCallRequest {
        crypto = crypto == null ? List.of() : List.copyOf(crypto);
    }
}
