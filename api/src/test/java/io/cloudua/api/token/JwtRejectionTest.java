package io.cloudua.api.token;

import static io.cloudua.api.token.JwtCodecTest.reason;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.cloudua.api.token.TokenResult.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a presented token can be wrong gives a reason, never an exception. */
class JwtRejectionTest {

    final MutableClock clock = new MutableClock(JwtCodecTest.T0);
    final KeyRing ring = KeyRing.generate("k1");
    final JwtCodec codec = new JwtCodec(ring, clock);

    static String b64(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    JWTClaimsSet.Builder apiClaims() {
        return new JWTClaimsSet.Builder().issuer("cloudua").claim("use", "api").claim("domain", "mydomain")
                .subject("mydomain").jwtID("j").expirationTime(Date.from(clock.instant().plusSeconds(600)));
    }

    String sign(JWSHeader header, JWTClaimsSet claims, byte[] secret) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    String signWithRing(JWTClaimsSet claims) throws Exception {
        return sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims, ring.active().secret());
    }

    @Test
    void algNoneCraftedByHand() {
        String payload = b64("{\"iss\":\"cloudua\",\"use\":\"api\",\"domain\":\"mydomain\",\"exp\":4102444800}");
        assertThat(reason(codec.verifyApiToken(b64("{\"alg\":\"none\"}") + "." + payload + ".")))
                .isEqualTo(Reason.BAD_ALGORITHM);
        assertThat(reason(codec.verifyApiToken(b64("{\"alg\":\"none\",\"kid\":\"k1\"}") + "." + payload + ".xyz")))
                .isEqualTo(Reason.BAD_ALGORITHM);
        assertThat(reason(codec.verifyApiToken(b64("{\"alg\":\"NONE\"}") + "." + payload + ".")))
                .isEqualTo(Reason.BAD_ALGORITHM);
    }

    @Test
    void unsignedPlainJwt() {
        String plain = new PlainJWT(apiClaims().build()).serialize();
        assertThat(reason(codec.verifyApiToken(plain))).isEqualTo(Reason.BAD_ALGORITHM);
    }

    @Test
    void hs512WithTheSameSecretIsRefused() throws Exception {
        byte[] secret64 = new byte[64];
        System.arraycopy(ring.active().secret(), 0, secret64, 0, 32);
        KeyRing big = new KeyRing(java.util.List.of(new SigningKey("k1", secret64)), "k1");
        JwtCodec bigCodec = new JwtCodec(big, clock);
        String hs512 = sign(new JWSHeader.Builder(JWSAlgorithm.HS512).keyID("k1").build(), apiClaims().build(), secret64);
        assertThat(reason(bigCodec.verifyApiToken(hs512))).isEqualTo(Reason.BAD_ALGORITHM);
        String hs384 = sign(new JWSHeader.Builder(JWSAlgorithm.HS384).keyID("k1").build(), apiClaims().build(), secret64);
        assertThat(reason(bigCodec.verifyApiToken(hs384))).isEqualTo(Reason.BAD_ALGORITHM);
    }

    @Test
    void rsaAndEcAreRefused() throws Exception {
        var rsa = new RSAKeyGenerator(2048).keyID("k1").generate();
        SignedJWT rs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), apiClaims().build());
        rs.sign(new RSASSASigner(rsa));
        assertThat(reason(codec.verifyApiToken(rs.serialize()))).isEqualTo(Reason.BAD_ALGORITHM);
        var ec = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        SignedJWT es = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k1").build(), apiClaims().build());
        es.sign(new ECDSASigner(ec));
        assertThat(reason(codec.verifyApiToken(es.serialize()))).isEqualTo(Reason.BAD_ALGORITHM);
    }

    @Test
    void encryptedShapeIsRefused() {
        assertThat(reason(codec.verifyApiToken("a.b.c.d.e"))).isEqualTo(Reason.BAD_ALGORITHM);
    }

    @Test
    void unknownOrMissingKid() throws Exception {
        String wrongKid = sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k9").build(), apiClaims().build(),
                ring.active().secret());
        assertThat(reason(codec.verifyApiToken(wrongKid))).isEqualTo(Reason.UNKNOWN_KEY);
        String noKid = sign(new JWSHeader.Builder(JWSAlgorithm.HS256).build(), apiClaims().build(), ring.active().secret());
        assertThat(reason(codec.verifyApiToken(noKid))).isEqualTo(Reason.UNKNOWN_KEY);
    }

    @Test
    void rejectionDetailIsSafeToLog() {
        String payload = b64("{}");
        TokenResult<?> r = codec.verifyApiToken(b64("{\"alg\":\"HS256\",\"kid\":\"a\\r\\nInjected: yes\"}")
                + "." + payload + ".sig");
        assertThat(reason(r)).isEqualTo(Reason.UNKNOWN_KEY);
        assertThat(((TokenResult.Rejected<?>) r).detail()).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void otherSecretSameKid() throws Exception {
        JwtCodec other = new JwtCodec(KeyRing.generate("k1"), clock);
        String forged = other.mintApiToken("mydomain", Duration.ofHours(1));
        assertThat(reason(codec.verifyApiToken(forged))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void tamperedPayload() {
        String jwt = codec.mintApiToken("mydomain", Duration.ofHours(1));
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("mydomain", "otherdomain");
        String tampered = parts[0] + "." + b64(payload) + "." + parts[2];
        assertThat(reason(codec.verifyApiToken(tampered))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void tamperedOrMissingSignature() {
        String jwt = codec.mintApiToken("mydomain", Duration.ofHours(1));
        String noSig = jwt.substring(0, jwt.lastIndexOf('.') + 1);
        assertThat(reason(codec.verifyApiToken(noSig))).isEqualTo(Reason.BAD_SIGNATURE);
        char last = jwt.charAt(jwt.length() - 5);
        String flipped = jwt.substring(0, jwt.length() - 5) + (last == 'A' ? 'B' : 'A') + jwt.substring(jwt.length() - 4);
        assertThat(reason(codec.verifyApiToken(flipped))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void replyIdIsNotAnApiTokenAndViceVersa() {
        String replyId = codec.mintReplyId("mydomain", "c1", "n1", Duration.ofHours(1));
        String api = codec.mintApiToken("mydomain", Duration.ofHours(1));
        assertThat(reason(codec.verifyApiToken(replyId))).isEqualTo(Reason.WRONG_TYPE);
        assertThat(reason(codec.verifyReplyId(api))).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void missingUseIsWrongType() throws Exception {
        String jwt = signWithRing(apiClaims().claim("use", null).build());
        assertThat(reason(codec.verifyApiToken(jwt))).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void missingDomainIsMalformed() throws Exception {
        String jwt = signWithRing(apiClaims().claim("domain", null).build());
        assertThat(reason(codec.verifyApiToken(jwt))).isEqualTo(Reason.MALFORMED);
        String numeric = signWithRing(apiClaims().claim("domain", 5).build());
        assertThat(reason(codec.verifyApiToken(numeric))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void replyIdMissingCallOrNodeIsMalformed() throws Exception {
        JWTClaimsSet.Builder reply = new JWTClaimsSet.Builder().issuer("cloudua").claim("use", "reply")
                .claim("domain", "d").claim("call", "c").expirationTime(Date.from(clock.instant().plusSeconds(60)));
        assertThat(reason(codec.verifyReplyId(signWithRing(reply.build())))).isEqualTo(Reason.MALFORMED);
        assertThat(codec.verifyReplyId(signWithRing(reply.claim("node", "n").build())).isOk()).isTrue();
    }

    @Test
    void missingExpIsMalformed() throws Exception {
        String jwt = signWithRing(apiClaims().expirationTime(null).build());
        assertThat(reason(codec.verifyApiToken(jwt))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void foreignIssuerIsMalformed() throws Exception {
        String jwt = signWithRing(apiClaims().issuer("someone").build());
        assertThat(reason(codec.verifyApiToken(jwt))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void payloadNotJsonIsMalformed() throws Exception {
        var jws = new com.nimbusds.jose.JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                new com.nimbusds.jose.Payload("not json"));
        jws.sign(new MACSigner(ring.active().secret()));
        assertThat(reason(codec.verifyApiToken(jws.serialize()))).isEqualTo(Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b", "a.b.c", "...", "eyJ.eyJ.sig", "Bearer x.y.z", "a..c", ".b.c",
        "e30.e30.e30", "eyJhbGciOiJIUzI1NiJ9", "x.y.z.w"})
    void garbageIsMalformed(String token) {
        assertThat(reason(codec.verifyApiToken(token))).isEqualTo(Reason.MALFORMED);
        assertThat(reason(codec.verifyReplyId(token))).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void nullAndHugeAreMalformed() {
        assertThat(reason(codec.verifyApiToken(null))).isEqualTo(Reason.MALFORMED);
        assertThat(reason(codec.verifyReplyId(null))).isEqualTo(Reason.MALFORMED);
        assertThat(reason(codec.verifyApiToken("a".repeat(10_000) + ".b.c"))).isEqualTo(Reason.MALFORMED);
    }
}
