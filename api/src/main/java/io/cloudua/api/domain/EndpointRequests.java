package io.cloudua.api.domain;

import io.cloudua.api.validation.FieldReader;
import io.cloudua.api.validation.Syntax;
import io.cloudua.api.validation.Validated;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parses the create ({@code POST /v1/psip/:domain/endpoints}) and update
 * ({@code PUT .../endpoints/:endpointId}) bodies of an endpoint. The uri is where cloudua will
 * send INVITEs, so it must be a full {@code sip:}/{@code sips:} URI with a host (the same check
 * as a call's destinationUri, see {@link Syntax#isSipUri}); bare users make no sense here.
 */
public final class EndpointRequests {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String ID_MESSAGE = "must be 1..64 letters, digits, '_' or '-'";

    private EndpointRequests() {
    }

    /** True for a valid endpoint id. */
    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** {@code id} may be absent (left null, generated later); priority defaults to 100. */
    public static Validated<Endpoint> parseCreate(byte[] body) {
        return FieldReader.read(body, r -> new Endpoint(
                r.string("id", false, EndpointRequests::isId, ID_MESSAGE), priority(r), uri(r)));
    }

    /** As {@link #parseCreate}; {@code id} may be omitted (= pathId) but must equal it if present. */
    public static Validated<Endpoint> parseUpdate(byte[] body, String pathId) {
        return FieldReader.read(body, r -> new Endpoint(
                PathKey.resolve(r, "id", pathId, EndpointRequests::isId, ID_MESSAGE), priority(r), uri(r)));
    }

    private static Integer priority(FieldReader r) {
        return Objects.requireNonNullElse(r.integer("priority", false, 0, 100), Endpoint.DEFAULT_PRIORITY);
    }

    private static String uri(FieldReader r) {
        return r.string("uri", true, Syntax::isSipUri, "must be a sip: or sips: URI with a host");
    }
}
