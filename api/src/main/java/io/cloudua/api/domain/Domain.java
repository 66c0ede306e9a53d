package io.cloudua.api.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A SIP domain (psip-domains-api {@code /v1/psip/}): a tenant. Inbound INVITEs are admitted by
 * its {@code acl} (CIDR blocks) or, with {@code digest_auth}, by its users' credentials, and
 * must meet its {@code tls}/{@code srtp} policy ({@code always|never|optional}).
 * {@code callback_base_url} (cloudua's additive field) is where its webhooks go;
 * {@code allowed_destinations} (additive, default empty) lists the hosts or CIDRs it may place
 * direct SIP calls to (omitted from responses when empty, so the spec's bodies stay as they are) (toll-fraud guard, see {@link DestinationAllowList}). The same record
 * is the request and the response body; built from requests by {@link DomainRequests}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Domain(
        @JsonProperty("name") String name,
        @JsonProperty("application_id") String applicationId,
        String tls,
        @JsonProperty("digest_auth") boolean digestAuth,
        String srtp,
        List<String> acl,
        @JsonProperty("domain_type") String domainType,
        @JsonProperty("callback_base_url") String callbackBaseUrl,
        @JsonProperty("allowed_destinations") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> allowedDestinations) {

    public static final String ALWAYS = "always";
    public static final String NEVER = "never";
    public static final String OPTIONAL = "optional";
    public static final String TYPE_APP = "app";
    public static final String TYPE_TRUNK = "trunk";

    public Domain {
        acl = acl == null ? null : List.copyOf(acl);
        allowedDestinations = allowedDestinations == null ? List.of() : List.copyOf(allowedDestinations);
    }
}
