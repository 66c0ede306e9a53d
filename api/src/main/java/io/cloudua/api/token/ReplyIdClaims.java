package io.cloudua.api.token;

import java.time.Instant;

/**
 * What a verified replyId says: the domain and call it belongs to and the node that owns the
 * call's state, so a REST action landing on another node can be forwarded to the owner without
 * a shared lookup.
 */
public record ReplyIdClaims(String domain, String callRef, String node, Instant expiresAt) {
}
