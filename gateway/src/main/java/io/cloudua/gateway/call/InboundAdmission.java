package io.cloudua.gateway.call;

import io.cloudua.gateway.domain.ActiveDomain;
import io.cloudua.gateway.domain.DomainService;
import io.cloudua.sip.InboundLeg;
import io.cloudua.sip.sdp.RemoteMedia;
import io.cloudua.sip.sdp.SdpResult;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an inbound INVITE may become a call, before any webhook is sent. In order: the domain
 * (the Request-URI host's first label names it, else a trunk domain whose ACL holds the source: 404), its
 * TLS policy (403), its ACL (403, or digest authentication when the domain allows it), a callback URL to
 * announce the call to (480), a usable offer (400 unreadable, 488 none or no common codec) and the
 * domain's SRTP policy (488).
 */
final class InboundAdmission {

    sealed interface Decision {
        record Admit(ActiveDomain domain, RemoteMedia offer, String codec) implements Decision { }
        record Reject(int status, String reason) implements Decision { }
        /** The source is outside the ACL but the domain takes digest users: authenticate, then admit. */
        record Authenticate(ActiveDomain domain) implements Decision { }
    }

    private final DomainService domains;

    InboundAdmission(DomainService domains) {
        this.domains = domains;
    }

    Decision decide(InboundLeg leg) {
        Optional<ActiveDomain> found = domains.find(domainName(leg.requestHost()));
        if (found.isEmpty()) {
            found = domains.findTrunkFor(leg.source().getAddress());
        }
        if (found.isEmpty()) {
            return new Decision.Reject(404, "Not Found");
        }
        ActiveDomain domain = found.get();
        boolean overTls = "tls".equals(leg.transport());
        String tls = domain.record().tls();
        if ("always".equals(tls) && !overTls || "never".equals(tls) && overTls) {
            return new Decision.Reject(403, "Forbidden");
        }
        if (!domain.allows(leg.source().getAddress())) {
            return domain.record().digestAuth() && !"trunk".equals(domain.record().domainType())
                    ? new Decision.Authenticate(domain)
                    : new Decision.Reject(403, "Forbidden");
        }
        return admitMedia(domain, leg);
    }

    /** The checks after the caller is known: callback URL, offer, SRTP policy. */
    Decision admitMedia(ActiveDomain domain, InboundLeg leg) {
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
        String srtp = domain.record().srtp();
        boolean srtpOffer = media.secure() && !media.cryptos().isEmpty();
        if ("always".equals(srtp) && !srtpOffer || "never".equals(srtp) && media.secure()) {
            return new Decision.Reject(488, "Not Acceptable Here");
        }
        if (media.secure() && media.cryptos().isEmpty()) {
            return new Decision.Reject(488, "Not Acceptable Here");  // e.g. DTLS-SRTP: not supported
        }
        Optional<String> codec = media.firstSupportedCodec();
        if (codec.isEmpty()) {
            return new Decision.Reject(488, "Not Acceptable Here");
        }
        return new Decision.Admit(domain, media, codec.get());
    }

    /** "mydomain.sip.example.com" and "mydomain" both name the domain "mydomain"; addresses name none. */
    static String domainName(String host) {
        if (host == null || host.isEmpty() || host.startsWith("[") || host.matches("[0-9.]+")) {
            return null;
        }
        int dot = host.indexOf('.');
        return (dot < 0 ? host : host.substring(0, dot)).toLowerCase(Locale.ROOT);
    }
}
