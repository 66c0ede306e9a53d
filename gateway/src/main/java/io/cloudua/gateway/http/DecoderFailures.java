package io.cloudua.gateway.http;

import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * The answer to a request Netty could not decode, chosen from the failure's type: a request line longer than
 * the limit is 414 URI Too Long, headers beyond it 431 Request Header Fields Too Large (RFC 6585), anything
 * else 400. The client learns which limit it hit instead of seeing the connection drop; the cause's text
 * (which may quote the request) is never echoed.
 */
final class DecoderFailures {
    private DecoderFailures() { }

    static HttpReply reply(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return HttpReply.error(414, "uri_too_long", "the request line is longer than "
                    + HttpServerInitializer.MAX_INITIAL_LINE + " bytes");
        }
        if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
            return HttpReply.error(431, "headers_too_large", "the request headers are larger than "
                    + HttpServerInitializer.MAX_HEADER_SIZE + " bytes");
        }
        return HttpReply.error(400, "bad_request", "malformed HTTP request");
    }
}
