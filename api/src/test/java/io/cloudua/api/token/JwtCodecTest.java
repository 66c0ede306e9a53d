package io.cloudua.api.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JwtCodecTest {

    static final Instant T0 = Instant.parse("2025-01-01T12:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final KeyRing ring = KeyRing.generate("k1");
    final JwtCodec codec = new JwtCodec(ring, clock);

    @Test
    void apiTokenRoundTrip() {
        String jwt = codec.mintApiToken("mydomain", Duration.ofHours(1));
        TokenResult<ApiTokenClaims> r = codec.verifyApiToken(jwt);
        assertThat(r).isInstanceOf(TokenResult.Ok.class);
        ApiTokenClaims c = ((TokenResult.Ok<ApiTokenClaims>) r).claims();
        assertThat(c.domain()).isEqualTo("mydomain");
        assertThat(c.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(c.tokenId()).isNotBlank();
    }

    @Test
    void apiTokenHasTheDocumentedShape() throws Exception {
        SignedJWT jwt = SignedJWT.parse(codec.mintApiToken("mydomain", Duration.ofMinutes(5)));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("k1");
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("cloudua");
        assertThat(claims.getSubject()).isEqualTo("mydomain");
        assertThat(claims.getStringClaim("domain")).isEqualTo("mydomain");
        assertThat(claims.getStringClaim("use")).isEqualTo("api");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(T0);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void tokenIdsAreUnique() {
        String a = codec.mintApiToken("mydomain", Duration.ofMinutes(5));
        String b = codec.mintApiToken("mydomain", Duration.ofMinutes(5));
        assertThat(((TokenResult.Ok<ApiTokenClaims>) codec.verifyApiToken(a)).claims().tokenId())
                .isNotEqualTo(((TokenResult.Ok<ApiTokenClaims>) codec.verifyApiToken(b)).claims().tokenId());
    }

    @Test
    void replyIdRoundTrip() throws Exception {
        String jwt = codec.mintReplyId("mydomain", "call-42", "node-a", Duration.ofHours(2));
        TokenResult<ReplyIdClaims> r = codec.verifyReplyId(jwt);
        assertThat(r).isEqualTo(new TokenResult.Ok<>(
                new ReplyIdClaims("mydomain", "call-42", "node-a", T0.plus(Duration.ofHours(2)))));
        var claims = SignedJWT.parse(jwt).getJWTClaimsSet();
        assertThat(claims.getStringClaim("use")).isEqualTo("reply");
        assertThat(claims.getStringClaim("call")).isEqualTo("call-42");
        assertThat(claims.getStringClaim("node")).isEqualTo("node-a");
    }

    @Test
    void expiresExactlyAtExp() {
        String jwt = codec.mintApiToken("mydomain", Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(59));
        assertThat(codec.verifyApiToken(jwt).isOk()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(reason(codec.verifyApiToken(jwt))).isEqualTo(TokenResult.Reason.EXPIRED);
        clock.advance(Duration.ofDays(1));
        assertThat(reason(codec.verifyApiToken(jwt))).isEqualTo(TokenResult.Reason.EXPIRED);
    }

    @Test
    void replyIdExpires() {
        String jwt = codec.mintReplyId("d", "c", "n", Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(11));
        assertThat(reason(codec.verifyReplyId(jwt))).isEqualTo(TokenResult.Reason.EXPIRED);
    }

    @Test
    void subSecondMintTimeStillGivesFullSeconds() {
        MutableClock c = new MutableClock(T0.plusMillis(700));
        JwtCodec codec2 = new JwtCodec(ring, c);
        String jwt = codec2.mintApiToken("mydomain", Duration.ofSeconds(60));
        c.advance(Duration.ofSeconds(59));
        assertThat(codec2.verifyApiToken(jwt).isOk()).isTrue();
    }

    @Test
    void rotationKeepsOldTokensValid() {
        String old = codec.mintApiToken("mydomain", Duration.ofHours(1));
        KeyRing rotated = ring.withNewActiveKey("k2");
        JwtCodec next = new JwtCodec(rotated, clock);
        assertThat(next.verifyApiToken(old).isOk()).isTrue();
        String fresh = next.mintApiToken("mydomain", Duration.ofHours(1));
        assertThat(fresh.split("\\.")[0]).isNotEqualTo(old.split("\\.")[0]);
        assertThat(next.verifyApiToken(fresh).isOk()).isTrue();
        assertThat(reason(codec.verifyApiToken(fresh))).isEqualTo(TokenResult.Reason.UNKNOWN_KEY);
        JwtCodec retired = new JwtCodec(rotated.without("k1"), clock);
        assertThat(reason(retired.verifyApiToken(old))).isEqualTo(TokenResult.Reason.UNKNOWN_KEY);
    }

    @Test
    void mintingMisuseThrows() {
        assertThatThrownBy(() -> codec.mintApiToken("d", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.mintApiToken("d", Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.mintApiToken(null, Duration.ofSeconds(5))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> codec.mintReplyId("d", null, "n", Duration.ofSeconds(5)))
                .isInstanceOf(NullPointerException.class);
    }

    static TokenResult.Reason reason(TokenResult<?> r) {
        assertThat(r).isInstanceOf(TokenResult.Rejected.class);
        return ((TokenResult.Rejected<?>) r).reason();
    }
}
