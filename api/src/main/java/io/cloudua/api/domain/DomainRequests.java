package io.cloudua.api.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cloudua.api.net.Cidr;
import io.cloudua.api.validation.FieldReader;
import io.cloudua.api.validation.Syntax;
import io.cloudua.api.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parses the create ({@code POST /v1/psip/}) and update ({@code PUT /v1/psip/:domain}) bodies of
 * a domain, applying the spec's defaults ({@code tls}/{@code srtp} optional, {@code digest_auth}
 * false, {@code domain_type} app).
 *
 * <p>The name becomes the first DNS label of the domain's SIP host ({@code name.sip.example.com})
 * so it must be a lowercase DNS label of 5..32 characters. The ACL is what admits SIP traffic,
 * so it is required and non-empty: an empty list would lock the domain out silently. Every error
 * of a body is reported at once; nothing throws on bad input.
 */
public final class DomainRequests {

    public static final int MAX_ACL = 100;
    public static final int MAX_APPLICATION_ID = 64;
    public static final List<String> POLICIES = List.of(Domain.ALWAYS, Domain.NEVER, Domain.OPTIONAL);
    public static final List<String> TYPES = List.of(Domain.TYPE_APP, Domain.TYPE_TRUNK);

    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{3,30})[a-z0-9]");

    private DomainRequests() {
    }

    /** True for a valid domain name: a lowercase DNS label of 5..32 characters. */
    public static boolean isName(String text) {
        return text != null && NAME.matcher(text).matches();
    }

    public static Validated<Domain> parseCreate(byte[] body) {
        return FieldReader.read(body, r -> read(r, r.string("name", true, DomainRequests::isName,
                "must be 5..32 lowercase letters, digits or '-', not starting or ending with '-'")));
    }

    /** As {@link #parseCreate}; {@code name} may be omitted (= pathName) but must equal it if present. */
    public static Validated<Domain> parseUpdate(byte[] body, String pathName) {
        return FieldReader.read(body, r -> read(r, PathKey.resolve(r, "name", pathName,
                DomainRequests::isName,
                "must be 5..32 lowercase letters, digits or '-', not starting or ending with '-'")));
    }

    private static Domain read(FieldReader r, String name) {
        String applicationId = r.string("application_id", true,
                s -> s.length() <= MAX_APPLICATION_ID, "must be at most " + MAX_APPLICATION_ID + " characters");
        String tls = r.choice("tls", false, POLICIES);
        Boolean digestAuth = r.bool("digest_auth");
        String srtp = r.choice("srtp", false, POLICIES);
        List<String> acl = acl(r);
        String domainType = r.choice("domain_type", false, TYPES);
        String callbackBaseUrl = r.string("callback_base_url", false, Syntax::isHttpUrl,
                "must be an absolute http or https URL with a host");
        List<String> allowedDestinations = allowedDestinations(r);
        return new Domain(name, applicationId,
                Objects.requireNonNullElse(tls, Domain.OPTIONAL),
                Boolean.TRUE.equals(digestAuth),
                Objects.requireNonNullElse(srtp, Domain.OPTIONAL),
                acl,
                Objects.requireNonNullElse(domainType, Domain.TYPE_APP),
                callbackBaseUrl,
                allowedDestinations);
    }

    /** Optional, default empty: direct SIP calls then go nowhere but the domain's endpoints. */
    private static List<String> allowedDestinations(FieldReader r) {
        ArrayNode array = r.array("allowed_destinations", false);
        if (array == null) {
            return List.of();
        }
        if (array.size() > DestinationAllowList.MAX_ENTRIES) {
            r.reject("allowed_destinations", "must have at most " + DestinationAllowList.MAX_ENTRIES + " entries");
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            if (!entry.isTextual() || !DestinationAllowList.isValidEntry(entry.textValue())) {
                r.reject("allowed_destinations[" + i + "]", "must be a host name, an IPv4 or IPv6 address or a CIDR block");
                continue;
            }
            out.add(entry.textValue());
        }
        return out;
    }

    private static List<String> acl(FieldReader r) {
        ArrayNode array = r.array("acl", true);
        if (array == null) {
            return null;
        }
        if (array.isEmpty() || array.size() > MAX_ACL) {
            r.reject("acl", "must have 1.." + MAX_ACL + " entries");
            return null;
        }
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            if (!entry.isTextual() || Cidr.parse(entry.textValue()).isEmpty()) {
                r.reject("acl[" + i + "]", "must be an IPv4 or IPv6 address or CIDR block");
                continue;
            }
            out.add(entry.textValue());
        }
        return out;
    }
}
