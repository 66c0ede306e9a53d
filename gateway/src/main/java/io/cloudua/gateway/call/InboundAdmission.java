package io.cloudua.gateway.call;

import io.cloudua.gateway.domain.ActiveDomain;
import io.cloudua.gateway.domain.DomainService;
import io.cloudua.sip.InboundLeg;
import io.cloudua.sip.sdp.RemoteMedia;
import io.cloudua.sip.sdp.SdpResult;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an inbound INVITE may become a call, before any webhook is sent: the domain named by the
 * Request-URI host's first label must exist (404), the source must be in its ACL (403), it must have a
 * callback URL to announce the call to (480), and the offer must be usable (400 unreadable, 488 no codec).
 */
final class InboundAdmission {

    sealed interface Decision {
        record Admit(ActiveDomain domain, RemoteMedia offer, String codec) implements Decision { }
        record Reject(int status, String reason) implements Decision { }
    }

    private final DomainService domains;

    InboundAdmission(DomainService domains) {
        this.domains = domains;
    }

    Decision decide(InboundLeg leg) {
        Optional<ActiveDomain> found = domains.find(domainName(leg.requestHost()));
        if (found.isEmpty()) {
            return new Decision.Reject(404, "Not Found");
        }
        ActiveDomain domain = found.get();
        if (!domain.allows(leg.source().getAddress())) {
            return new Decision.Reject(403, "Forbidden");
        }
        if (domain.record().callbackBaseUrl() == null) {
            return new Decision.Reject(480, "Temporarily Unavailable");
        }
        SdpResult offer = leg.offer();
        if (offer == null) {
            return new Decision.Reject(488, "Not Acceptable Here");
        }
        if (offer instanceof SdpResult.Invalid) {
            return new Decision.Reject(400, "Bad Request");
        }
        RemoteMedia media = ((SdpResult.Parsed) offer).media();
        Optional<String> codec = media.firstSupportedCodec();
        if (codec.isEmpty()) {
            return new Decision.Reject(488, "Not Acceptable Here");
        }
        return new Decision.Admit(domain, media, codec.get());
    }

    /** "mydomain.sip.example.com" and "mydomain" both name the domain "mydomain". */
    static String domainName(String host) {
        if (host == null || host.isEmpty() || host.startsWith("[") || Character.isDigit(host.charAt(0)) && host.matches("[0-9.]+")) {
            return null;
        }
        int dot = host.indexOf('.');
        return (dot < 0 ? host : host.substring(0, dot)).toLowerCase(Locale.ROOT);
    }
}
