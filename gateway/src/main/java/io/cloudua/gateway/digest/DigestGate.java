package io.cloudua.gateway.digest;

import io.cloudua.sip.auth.DigestAlgorithm;
import io.cloudua.sip.auth.DigestCredentials;
import io.cloudua.sip.auth.DigestNonces;
import io.cloudua.sip.auth.NonceCountGuard;
import io.cloudua.store.UserRecord;
import io.cloudua.store.UserStore;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Digest authentication of inbound requests against a domain's users (RFC 7616, RFC 8760): challenges
 * with SHA-256 then MD5, realm = the domain, qop=auth. A wrong password and an unknown user get the same
 * answer (403), computed the same way, so responses do not tell which users exist; after too many of them
 * from one address or for one name, the {@link DigestThrottle} answers 403 without checking. Blocking (reads the
 * store): run it off the SIP threads.
 */
public final class DigestGate {

    /** What to do with the request. */
    public sealed interface Verdict {
        record Accept(String user) implements Verdict { }
        record Challenge(List<String> wwwAuthenticate) implements Verdict { }
        record Forbidden() implements Verdict { }
    }

    private static final String DUMMY_HA1 = "0".repeat(64);

    private final UserStore users;
    private final DigestNonces nonces;
    private final NonceCountGuard replays = new NonceCountGuard(100_000);
    private final List<DigestAlgorithm> offered;
    private final DigestThrottle throttle;

    /** @param offered the algorithms challenged with, most preferred first (RFC 8760 recommends SHA-256 first) */
    public DigestGate(UserStore users, DigestNonces nonces, List<DigestAlgorithm> offered) {
        this(users, nonces, offered, DigestThrottle.off());
    }

    /** @param throttle refuses attempts, unchecked, from addresses and for users with too many failures */
    public DigestGate(UserStore users, DigestNonces nonces, List<DigestAlgorithm> offered, DigestThrottle throttle) {
        this.users = users;
        this.nonces = nonces;
        this.offered = List.copyOf(offered);
        this.throttle = throttle;
    }

    public Verdict check(String realm, String method, String requestUri, DigestCredentials c) {
        return check(realm, method, requestUri, c, null);
    }

    /**
     * As {@link #check(String, String, String, DigestCredentials)}, counting a failure against source and the
     * user name, and answering 403 without checking while either is locked out (see {@link DigestThrottle}).
     */
    public Verdict check(String realm, String method, String requestUri, DigestCredentials c, java.net.InetAddress source) {
        if (c == null || !realm.equals(c.realm()) || c.nonce() == null || c.response() == null || c.username() == null) {
            return challenge(realm, false);
        }
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.of(c.algorithm());
        if (algorithm.isEmpty() || !offered.contains(algorithm.get()) || (c.qop() != null && !"auth".equals(c.qop()))) {
            return challenge(realm, false);
        }
        DigestNonces.Check nonce = nonces.check(c.nonce(), realm);
        if (nonce == DigestNonces.Check.INVALID) {
            return challenge(realm, false);
        }
        if (throttle.refuses(source, realm, c.username())) {
            return new Verdict.Forbidden();
        }
        Optional<UserRecord> user = users.find(realm, c.username());
        String ha1 = user.map(u -> algorithm.get() == DigestAlgorithm.MD5 ? u.ha1Md5() : u.ha1Sha256()).orElse(DUMMY_HA1);
        String expected = algorithm.get().response(ha1, method, c);
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                c.response().toLowerCase().getBytes(StandardCharsets.US_ASCII));
        if (!matches || user.isEmpty() || !sameUri(requestUri, c.uri())) {
            throttle.failed(source, realm, c.username());
            return new Verdict.Forbidden();
        }
        if (nonce == DigestNonces.Check.STALE) {
            return challenge(realm, true);
        }
        if (!replays.accept(c.nonce(), c.nonceCount())) {
            return challenge(realm, false);
        }
        throttle.succeeded(realm, c.username());
        return new Verdict.Accept(c.username());
    }

    /** A fresh challenge per offered algorithm, in the server's order of preference (RFC 8760 2.4). */
    public Verdict challenge(String realm, boolean stale) {
        String nonce = nonces.mint(realm);
        String common = "realm=\"" + realm + "\", nonce=\"" + nonce + "\", qop=\"auth\"" + (stale ? ", stale=true" : "");
        return new Verdict.Challenge(offered.stream().map(a -> "Digest " + common + ", algorithm=" + a.token()).toList());
    }

    private static boolean sameUri(String requestUri, String digestUri) {
        return digestUri != null && requestUri.equalsIgnoreCase(digestUri.trim());
    }
}
