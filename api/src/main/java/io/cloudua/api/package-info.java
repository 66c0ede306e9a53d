/**
 * cloudua's REST and webhook contract, free of any transport (no Netty, no JAIN-SIP).
 *
 * <ul>
 *   <li>{@code call}: call-control request bodies of cloud-sip-ua-api and their parsers;</li>
 *   <li>{@code event}: the five webhook events and the newRemoteCall reply;</li>
 *   <li>{@code domain}: psip-domains-api bodies (domains, digest users, endpoints);</li>
 *   <li>{@code token}: HS256 API tokens and replyIds with key rotation;</li>
 *   <li>{@code validation}, {@code error}: shared syntax checks, field-error collection and the
 *       400 body; {@code net}: IP literals and CIDR blocks without DNS.</li>
 * </ul>
 *
 * <p>Parsers take bytes and return {@link io.cloudua.api.validation.Validated} values; token
 * checks return {@link io.cloudua.api.token.TokenResult}. Bad input never throws.
 */
package io.cloudua.api;
