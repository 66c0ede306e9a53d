package io.cloudua.api.call;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A validated {@code placeremotecalljwt} body: the device asks cloudua to send an INVITE to
 * {@code destinationUri} (a SIP URI, or a bare user routed to the domain's endpoints) offering
 * {@code codec} at {@code receiveIp:receivePort}. {@code codec} is upper case; {@code crypto} is
 * never null (empty = plain RTP). Built by {@link CallRequests#parsePlace}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaceRemoteCallRequest(
        String codec,
        JsonNode sessionReferenceId,
        String destinationUri,
        Integer telephoneEventPayloadType,
        String sourceUser,
        Integer receivePort,
        String receiveIp,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Crypto> crypto,
        String callbackBaseUrl) {

    public PlaceRemoteCallRequest {
        crypto = crypto == null ? List.of() : List.copyOf(crypto);
    }
}
