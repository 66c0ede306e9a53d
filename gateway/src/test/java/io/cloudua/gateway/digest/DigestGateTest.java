package io.cloudua.gateway.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudua.sip.auth.DigestAlgorithm;
import io.cloudua.sip.auth.DigestCredentials;
import io.cloudua.sip.auth.DigestNonces;
import io.cloudua.store.UserRecord;
import io.cloudua.store.UserStore;
import io.cloudua.store.WriteResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigestGateTest {
    private static final String REALM = "mydomain";
    private static final String URI = "sip:bob@mydomain";

    /** One user, alice / correct-horse, in realm mydomain. */
    private static final UserStore USERS = new UserStore() {
        private final UserRecord alice = new UserRecord(REALM, "alice", DigestHashes.ha1Md5("alice", REALM, "correct-horse"),
                DigestHashes.ha1Sha256("alice", REALM, "correct-horse"));
        @Override public WriteResult create(UserRecord u, int max) { throw new UnsupportedOperationException(); }
        @Override public Optional<UserRecord> find(String domain, String key) {
            return REALM.equals(domain) && "alice".equals(key) ? Optional.of(alice) : Optional.empty();
        }
        @Override public List<UserRecord> list(String domain) { return List.of(alice); }
        @Override public WriteResult update(UserRecord u) { throw new UnsupportedOperationException(); }
        @Override public WriteResult delete(String domain, String key) { throw new UnsupportedOperationException(); }
    };

    private final DigestGate gate = new DigestGate(USERS, new DigestNonces(new byte[32], Clock.systemUTC(), Duration.ofMinutes(5)),
            List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5));

    private String nonce() {
        DigestGate.Verdict.Challenge c = (DigestGate.Verdict.Challenge) gate.challenge(REALM, false);
        Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(c.wwwAuthenticate().get(0));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private DigestCredentials answer(DigestAlgorithm a, String user, String password, String nonce, String nc) {
        DigestCredentials c = new DigestCredentials(user, REALM, nonce, URI, null, a.token(), "auth", nc, "abc", null);
        String response = a.response(a.hash(user + ":" + REALM + ":" + password), "INVITE", c);
        return new DigestCredentials(user, REALM, nonce, URI, response, a.token(), "auth", nc, "abc", null);
    }

    @Test
    void challengesSha256ThenMd5() {
        DigestGate.Verdict v = gate.check(REALM, "INVITE", URI, null);
        assertThat(((DigestGate.Verdict.Challenge) v).wwwAuthenticate())
                .satisfiesExactly(h -> assertThat(h).contains("algorithm=SHA-256"), h -> assertThat(h).contains("algorithm=MD5"));
    }

    @Test
    void rightPasswordIsAcceptedWithEitherAlgorithm() {
        assertThat(gate.check(REALM, "INVITE", URI, answer(DigestAlgorithm.SHA_256, "alice", "correct-horse", nonce(), "00000001")))
                .isEqualTo(new DigestGate.Verdict.Accept("alice"));
        assertThat(gate.check(REALM, "INVITE", URI, answer(DigestAlgorithm.MD5, "alice", "correct-horse", nonce(), "00000001")))
                .isEqualTo(new DigestGate.Verdict.Accept("alice"));
    }

    @Test
    void wrongPasswordAndUnknownUserAreBothForbidden() {
        assertThat(gate.check(REALM, "INVITE", URI, answer(DigestAlgorithm.MD5, "alice", "wrong", nonce(), "00000001")))
                .isInstanceOf(DigestGate.Verdict.Forbidden.class);
        assertThat(gate.check(REALM, "INVITE", URI, answer(DigestAlgorithm.MD5, "mallory", "x", nonce(), "00000001")))
                .isInstanceOf(DigestGate.Verdict.Forbidden.class);
    }

    @Test
    void replayIsChallengedAndForeignRealmOrNonceToo() {
        DigestCredentials ok = answer(DigestAlgorithm.SHA_256, "alice", "correct-horse", nonce(), "00000001");
        assertThat(gate.check(REALM, "INVITE", URI, ok)).isInstanceOf(DigestGate.Verdict.Accept.class);
        assertThat(gate.check(REALM, "INVITE", URI, ok)).isInstanceOf(DigestGate.Verdict.Challenge.class);
        assertThat(gate.check("otherrealm", "INVITE", URI, ok)).isInstanceOf(DigestGate.Verdict.Challenge.class);
        assertThat(gate.check(REALM, "INVITE", URI, answer(DigestAlgorithm.MD5, "alice", "correct-horse", "forged", "00000001")))
                .isInstanceOf(DigestGate.Verdict.Challenge.class);
    }

    @Test
    void anAnswerForAnotherUriIsForbidden() {
        assertThat(gate.check(REALM, "INVITE", "sip:other@mydomain",
                answer(DigestAlgorithm.MD5, "alice", "correct-horse", nonce(), "00000001")))
                .isInstanceOf(DigestGate.Verdict.Forbidden.class);
    }
}
