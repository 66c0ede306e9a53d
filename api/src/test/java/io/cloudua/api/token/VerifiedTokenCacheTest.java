package io.cloudua.api.token;

import static io.cloudua.api.token.JwtCodecTest.T0;
import static io.cloudua.api.token.JwtCodecTest.reason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cache of verified API tokens, alone and inside {@link JwtCodec}: hits, expiry, bound and key rotation. */
class VerifiedTokenCacheTest {
    final MutableClock clock = new MutableClock(T0);
    final KeyRing ring = KeyRing.generate("k1");
    final JwtCodec codec = new JwtCodec(ring, clock);

    @Test
    void hitsUntilExpThenForgets() {
        VerifiedTokenCache cache = new VerifiedTokenCache();
        ApiTokenClaims claims = new ApiTokenClaims("d", T0.plusSeconds(60), "id");
        assertThat(cache.get("t", T0)).isNull();
        cache.put("t", claims);
        assertThat(cache.get("t", T0.plusSeconds(59))).isSameAs(claims);
        assertThat(cache.get("other", T0)).isNull();
        assertThat(cache.get("t", T0.plusSeconds(60))).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void emptiedWhenFull() {
        VerifiedTokenCache cache = new VerifiedTokenCache(2);
        ApiTokenClaims claims = new ApiTokenClaims("d", T0.plusSeconds(60), "id");
        cache.put("a", claims);
        cache.put("b", claims);
        cache.put("c", claims);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("c", T0)).isSameAs(claims);
        assertThat(cache.get("a", T0)).isNull();
    }

    @Test
    void codecAnswersARepeatedTokenFromTheCache() {
        String jwt = codec.mintApiToken("mydomain", Duration.ofMinutes(5));
        ApiTokenClaims first = claims(codec.verifyApiToken(jwt));
        // A full verification builds new claims; the same instance means nothing was parsed or MACed again.
        assertThat(claims(codec.verifyApiToken(jwt))).isSameAs(first);
        assertThat(claims(codec.verifyApiToken(codec.mintApiToken("mydomain", Duration.ofMinutes(5))))).isNotSameAs(first);
    }

    @Test
    void cachedTokenIsRefusedAtExpExactlyAsWithoutTheCache() {
        String jwt = codec.mintApiToken("mydomain", Duration.ofSeconds(60));
        codec.verifyApiToken(jwt);
        clock.advance(Duration.ofSeconds(59));
        assertThat(codec.verifyApiToken(jwt).isOk()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        TokenResult<ApiTokenClaims> refused = codec.verifyApiToken(jwt);
        assertThat(reason(refused)).isEqualTo(TokenResult.Reason.EXPIRED);
        assertThat(refused).isEqualTo(new JwtCodec(ring, clock).verifyApiToken(jwt));   // same reason and detail
    }

    @Test
    void rotationDropsWhatTheOldRingVerified() {
        String old = codec.mintApiToken("mydomain", Duration.ofHours(1));
        ApiTokenClaims before = claims(codec.verifyApiToken(old));
        KeyRing rotated = ring.withNewActiveKey("k2");
        codec.useKeys(rotated);
        ApiTokenClaims after = claims(codec.verifyApiToken(old));   // k1 still in the ring: valid, verified again
        assertThat(after).isEqualTo(before).isNotSameAs(before);
        codec.useKeys(rotated.without("k1"));
        TokenResult<ApiTokenClaims> refused = codec.verifyApiToken(old);
        assertThat(reason(refused)).isEqualTo(TokenResult.Reason.UNKNOWN_KEY);
        assertThat(refused).isEqualTo(new JwtCodec(rotated.without("k1"), clock).verifyApiToken(old));
    }

    @Test
    void ringReloadedForAnUnknownKidAlsoDropsTheCache() {
        KeyRing onDisk = ring.withNewActiveKey("k2").without("k1");
        JwtCodec reloading = new JwtCodec(ring, clock, () -> onDisk);
        String old = reloading.mintApiToken("mydomain", Duration.ofHours(1));
        assertThat(reloading.verifyApiToken(old).isOk()).isTrue();
        String fresh = new JwtCodec(onDisk, clock).mintApiToken("mydomain", Duration.ofHours(1));
        assertThat(reloading.verifyApiToken(fresh).isOk()).isTrue();   // kid k2 unknown: reloads the ring
        assertThat(reason(reloading.verifyApiToken(old))).isEqualTo(TokenResult.Reason.UNKNOWN_KEY);
    }

    @Test
    void refusedTokensAreNotRemembered() {
        String forged = new JwtCodec(KeyRing.generate("k1"), clock).mintApiToken("mydomain", Duration.ofHours(1));
        assertThat(reason(codec.verifyApiToken(forged))).isEqualTo(TokenResult.Reason.BAD_SIGNATURE);
        assertThat(reason(codec.verifyApiToken(forged))).isEqualTo(TokenResult.Reason.BAD_SIGNATURE);
        String replyId = codec.mintReplyId("mydomain", "c", "n", Duration.ofHours(1));
        assertThat(reason(codec.verifyApiToken(replyId))).isEqualTo(TokenResult.Reason.WRONG_TYPE);
        assertThat(reason(codec.verifyApiToken(replyId))).isEqualTo(TokenResult.Reason.WRONG_TYPE);
        assertThat(reason(codec.verifyApiToken(null))).isEqualTo(TokenResult.Reason.MALFORMED);
    }

    private static ApiTokenClaims claims(TokenResult<ApiTokenClaims> result) {
        assertThat(result).isInstanceOf(TokenResult.Ok.class);
        return ((TokenResult.Ok<ApiTokenClaims>) result).claims();
    }
}
