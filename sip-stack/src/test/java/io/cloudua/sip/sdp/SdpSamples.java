package io.cloudua.sip.sdp;

/** SDP bodies seen from real peers, shared by the codec tests. Line ends are CRLF as on the wire. */
final class SdpSamples {

    private SdpSamples() {}

    /** Text block (LF) to wire form (CRLF). */
    static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    /** SIPp's built-in uac scenario. */
    static final String SIPP_UAC = crlf("""
            v=0
            o=user1 53655765 2353687637 IN IP4 127.0.1.1
            s=-
            c=IN IP4 127.0.1.1
            t=0 0
            m=audio 6000 RTP/AVP 0
            a=rtpmap:0 PCMU/8000
            """);

    /** Static payload types with no rtpmap, as many phones and SIPp scenarios send them. */
    static final String STATIC_PTS_NO_RTPMAP = crlf("""
            v=0
            o=- 1 1 IN IP4 10.0.0.5
            s=-
            c=IN IP4 10.0.0.5
            t=0 0
            m=audio 6000 RTP/AVP 0 8 101
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-16
            """);

    /** A desk phone offering G.722 first, then G.711, G.729 and DTMF, with RTCP and ptime. */
    static final String DESK_PHONE = crlf("""
            v=0
            o=- 20009 20009 IN IP4 192.168.1.20
            s=SDP data
            c=IN IP4 192.168.1.20
            t=0 0
            m=audio 11796 RTP/AVP 9 8 0 18 101
            a=rtpmap:9 G722/8000
            a=rtpmap:8 PCMA/8000
            a=rtpmap:0 PCMU/8000
            a=rtpmap:18 G729/8000
            a=fmtp:18 annexb=no
            a=ptime:20
            a=sendrecv
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-15
            a=rtcp:11797
            """);

    /** A softphone with pjmedia-style session attributes, opus, and two SDES keys (RFC 4568). */
    static final String SOFTPHONE_SRTP = crlf("""
            v=0
            o=- 3826283944 3826283944 IN IP4 192.168.1.10
            s=pjmedia
            b=AS:84
            t=0 0
            a=X-nat:0
            m=audio 4000 RTP/SAVP 96 8 0 3 97 101
            c=IN IP4 192.168.1.10
            b=TIAS:64000
            a=rtcp:4001 IN IP4 192.168.1.10
            a=rtpmap:96 opus/48000/2
            a=fmtp:96 useinbandfec=1
            a=rtpmap:97 telephone-event/48000
            a=rtpmap:101 telephone-event/8000
            a=fmtp:101 0-16
            a=ssrc:12345 cname:4e1f7a
            a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32
            a=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:NzB4d1BINUAvLEw6UzF3WSJ+PSdFcGdUJShpX1Zj|2^20|1:32 KDR=1 UNENCRYPTED_SRTCP
            """);
}
