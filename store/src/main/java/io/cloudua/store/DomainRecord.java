package io.cloudua.store;

import java.util.List;

/**
 * A Programmable SIP domain as stored: the values of the PSIP domains API plus the callback
 * base URL used for webhooks. Validation (lengths, enum values, defaults such as
 * {@code "optional"} and {@code "app"}) belongs to the API edge; the store only keeps what it
 * is given. The ACL is copied so the record stays immutable, and its order is preserved.
 *
 * @param name the domain name, the key (at most 32 characters)
 * @param applicationId the application the domain belongs to
 * @param tls {@code always}, {@code never} or {@code optional}
 * @param digestAuth whether digest users may authenticate
 * @param srtp {@code always}, {@code never} or {@code optional}
 * @param acl IP addresses or CIDR ranges allowed to call the domain, in the order given
 * @param domainType {@code app} or {@code trunk}
 * @param callbackBaseUrl base URL for webhooks, or null
 * @param allowedDestinations host names, IPs or CIDRs the domain may place direct SIP calls to,
 *        in the order given (empty: only its endpoints)
 */
public record DomainRecord(String name, String applicationId, String tls, boolean digestAuth,
                           String srtp, List<String> acl, String domainType,
                           String callbackBaseUrl, List<String> allowedDestinations) {
    public DomainRecord {
        acl = acl == null ? List.of() : List.copyOf(acl);
        allowedDestinations = allowedDestinations == null ? List.of() : List.copyOf(allowedDestinations);
    }
}
