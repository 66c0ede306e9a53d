package io.cloudua.gateway.call;

import io.cloudua.api.domain.DestinationAllowList;
import io.cloudua.gateway.domain.ActiveDomain;
import io.cloudua.store.EndpointRecord;
import io.cloudua.store.EndpointStore;
import java.util.List;

/**
 * Where a placed call goes: a routable SIP URI as given, or, for a bare user or `sip:user@<domain>` (no
 * routable host), the domain's endpoints in priority order with the dialled user put into each.
 *
 * <p>A routable SIP URI is refused ({@link Result.NotAllowed}) unless its host is in the domain's
 * {@code allowed_destinations}: a stolen API token must not make the gateway dial anywhere (toll fraud).
 */
public final class Destinations {

    public sealed interface Result {
        record Targets(List<String> uris) implements Result { }
        record NoEndpoints() implements Result { }
        record NotAllowed(String host) implements Result { }
    }

    private final EndpointStore endpoints;

    public Destinations(EndpointStore endpoints) {
        this.endpoints = endpoints;
    }

    /** Reads the store: call it off the SIP and event-loop threads. */
    public Result resolve(String destinationUri, ActiveDomain domain) {
        String user;
        if (!hasSipScheme(destinationUri)) {
            user = destinationUri;
        } else if (namesDomain(hostOf(destinationUri), domain.name())) {
            user = userOf(destinationUri);
        } else {
            String host = hostOf(destinationUri);
            return DestinationAllowList.of(domain.record().allowedDestinations()).permits(host)
                    ? new Result.Targets(List.of(destinationUri)) : new Result.NotAllowed(host);
        }
        List<EndpointRecord> list = endpoints.list(domain.name());
        if (list.isEmpty()) {
            return new Result.NoEndpoints();
        }
        return new Result.Targets(list.stream().map(e -> withUser(e.uri(), user)).toList());
    }

    static boolean hasSipScheme(String uri) {
        return uri.regionMatches(true, 0, "sip:", 0, 4) || uri.regionMatches(true, 0, "sips:", 0, 5);
    }

    static String hostOf(String uri) {
        String rest = uri.substring(uri.indexOf(':') + 1);
        int at = rest.indexOf('@');
        String hostPart = at < 0 ? rest : rest.substring(at + 1);
        if (hostPart.startsWith("[")) {
            return hostPart.substring(0, hostPart.indexOf(']') + 1);
        }
        return hostPart.split("[:;?]", 2)[0];
    }

    static String userOf(String uri) {
        String rest = uri.substring(uri.indexOf(':') + 1);
        int at = rest.indexOf('@');
        return at < 0 ? "" : rest.substring(0, at);
    }

    static boolean namesDomain(String host, String domain) {
        return InboundAdmission.domainName(host) != null && InboundAdmission.domainName(host).equals(domain);
    }

    /** sip:pbx@host:5060;transport=tcp with user alice -> sip:alice@host:5060;transport=tcp. */
    static String withUser(String endpointUri, String user) {
        if (user == null || user.isEmpty()) {
            return endpointUri;
        }
        int colon = endpointUri.indexOf(':');
        String scheme = endpointUri.substring(0, colon + 1);
        String rest = endpointUri.substring(colon + 1);
        int at = rest.indexOf('@');
        return scheme + user + "@" + (at < 0 ? rest : rest.substring(at + 1));
    }
}
