package io.cloudua.api.call;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudua.api.validation.FieldReader;
import io.cloudua.api.validation.Syntax;
import io.cloudua.api.validation.Validated;
import java.util.List;

/**
 * Parses and validates the call-control request bodies of cloud-sip-ua-api.
 *
 * <p>Every value read here ends up in a SIP message or SDP that cloudua sends to a third party,
 * or in an HTTP request cloudua makes, so the rules are allow-lists (see {@link Syntax}) and
 * every error of a body is reported at once, each naming its JSON field. Nothing here throws on
 * bad input; null or garbage bytes give a {@code body} error.
 */
public final class CallRequests {

    /** The codecs a device may ask for, in the spelling used in SDP. */
    public static final List<String> CODECS = List.of("PCMA", "PCMU", "GSM");
    /** Longest sessionReferenceId string kept and copied into webhooks. */
    public static final int MAX_SESSION_REFERENCE = 256;
    /** Longest replyId accepted (a JWT of a few hundred characters in practice). */
    public static final int MAX_REPLY_ID = 4096;

    private CallRequests() {
    }

    /** A {@code placeremotecalljwt} body. */
    public static Validated<PlaceRemoteCallRequest> parsePlace(byte[] body) {
        return FieldReader.read(body, r -> new PlaceRemoteCallRequest(
                codec(r),
                sessionReferenceId(r),
                r.string("destinationUri", true, Syntax::isSipUriOrBareUser,
                        "must be a sip: or sips: URI with a host, or a bare user name"),
                telephoneEventPayloadType(r),
                r.string("sourceUser", false, Syntax::isSourceUser,
                        "must be 1..64 SIP user characters"),
                receivePort(r),
                receiveIp(r),
                CryptoFields.read(r),
                r.string("callbackBaseUrl", false, Syntax::isHttpUrl,
                        "must be an absolute http or https URL with a host")));
    }

    /** An {@code answerremotecalljwt} body. */
    public static Validated<AnswerRemoteCallRequest> parseAnswer(byte[] body) {
        return FieldReader.read(body, r -> new AnswerRemoteCallRequest(
                codec(r),
                sessionReferenceId(r),
                telephoneEventPayloadType(r),
                replyId(r),
                receivePort(r),
                receiveIp(r),
                CryptoFields.read(r)));
    }

    /** A {@code sendremotecallringbackjwt} or {@code hangupcalljwt} body. */
    public static Validated<ReplyIdRequest> parseReplyId(byte[] body) {
        return FieldReader.read(body, r -> new ReplyIdRequest(replyId(r)));
    }

    private static String codec(FieldReader r) {
        return r.choice("codec", true, CODECS);
    }

    private static Integer telephoneEventPayloadType(FieldReader r) {
        return r.integer("telephoneEventPayloadType", false, 96, 127);
    }

    private static Integer receivePort(FieldReader r) {
        return r.integerOrDigits("receivePort", true, 1, 65535);
    }

    private static String receiveIp(FieldReader r) {
        return r.string("receiveIp", true, Syntax::isIpLiteral, "must be an IPv4 or IPv6 address");
    }

    private static String replyId(FieldReader r) {
        return r.string("replyId", true, s -> s.length() <= MAX_REPLY_ID,
                "must be at most " + MAX_REPLY_ID + " characters");
    }

    /** A string (at most 256 characters) or a number, kept as given; other JSON types are errors. */
    private static JsonNode sessionReferenceId(FieldReader r) {
        JsonNode node = r.node("sessionReferenceId");
        if (node == null || node.isNumber()) {
            return node;
        }
        if (!node.isTextual()) {
            r.reject("sessionReferenceId", "must be a string or a number");
            return null;
        }
        if (node.textValue().length() > MAX_SESSION_REFERENCE) {
            r.reject("sessionReferenceId", "must be at most " + MAX_SESSION_REFERENCE + " characters");
            return null;
        }
        return node;
    }
}
