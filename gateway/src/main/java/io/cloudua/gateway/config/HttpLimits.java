package io.cloudua.gateway.config;

import java.time.Duration;

/**
 * The limits of the gateway's HTTP side, validated once at start-up: how hard webhooks are retried, and how
 * many call-control requests one bearer token may make.
 *
 * @param webhookAttempts  tries per webhook event, 1-10 (1 = no retry)
 * @param webhookBackoff   wait before the first retry; doubled for each further one, with +-20% jitter
 * @param apiRatePerSecond sustained call-control requests per second per token (token bucket refill)
 * @param apiBurst         requests a token may make at once before the rate applies
 */
public record HttpLimits(int webhookAttempts, Duration webhookBackoff, double apiRatePerSecond, int apiBurst) {
    public static final HttpLimits DEFAULTS = new HttpLimits(3, Duration.ofMillis(200), 2000, 4000);

    public HttpLimits {
        if (webhookAttempts < 1 || webhookAttempts > 10) {
            throw new ConfigException("webhook-attempts must be between 1 and 10, got " + webhookAttempts);
        }
        if (webhookBackoff == null || webhookBackoff.isNegative() || webhookBackoff.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new ConfigException("webhook-backoff-ms must be between 0 and 60000");
        }
        if (!(apiRatePerSecond > 0) || apiRatePerSecond > 1_000_000) {
            throw new ConfigException("api-rate must be a positive number of requests per second, got " + apiRatePerSecond);
        }
        if (apiBurst < 1) {
            throw new ConfigException("api-burst must be at least 1, got " + apiBurst);
        }
    }
}
