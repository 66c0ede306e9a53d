package io.cloudua.api.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a domain's inbound calls for bare users are delivered: a SIP URI tried in
 * {@code priority} order (lower first, 0..100). {@code id} is unique in the domain; a create
 * body may omit it and the server then generates one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Endpoint(String id, Integer priority, String uri) {

    /** Priority of an endpoint created without one (the spec's maximum, lowest preference). */
    public static final int DEFAULT_PRIORITY = 100;
}
