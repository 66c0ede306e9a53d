package io.cloudua.api.call;

/**
 * A validated body that only names a call: {@code sendremotecallringbackjwt} and
 * {@code hangupcalljwt}. The replyId is checked here for shape only; its signature, expiry and
 * domain are checked by {@link io.cloudua.api.token.JwtCodec#verifyReplyId}.
 */
public record ReplyIdRequest(String replyId) {
}
