package io.cloudua.sip.internal;

import io.cloudua.sip.SipConfig;
import java.text.ParseException;
import java.util.List;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Builds the headers and messages every leg needs (Contact, Server, Allow, Supported, SDP bodies) with the
 * JAIN-SIP factories, so the legs only say what to send.
 */
final class MessageBuilder {
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, INFO";

    private final SipConfig config;
    private final HeaderFactory headers;
    private final MessageFactory messages;
    private final AddressFactory addresses;

    MessageBuilder(SipConfig config, HeaderFactory headers, MessageFactory messages, AddressFactory addresses) {
        this.config = config;
        this.headers = headers;
        this.messages = messages;
        this.addresses = addresses;
    }

    /** A response to request; toTag is set when the To header has none yet (null for 100 Trying). */
    Response response(int status, String reason, Request request, String toTag) {
        try {
            Response response = messages.createResponse(status, request);
            if (reason != null) {
                response.setReasonPhrase(reason);
            }
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (toTag != null && to != null && to.getTag() == null && status != 100) {
                to.setTag(toTag);
            }
            response.setHeader(headers.createServerHeader(List.of(config.userAgent())));
            if (status >= 101 && status < 300 && isDialogCreating(request)) {
                response.setHeader(contact("cloudua", transportOf(request)));
            }
            if (status == 405 || status == 200 && Request.OPTIONS.equals(request.getMethod())) {
                response.setHeader(headers.createAllowHeader(ALLOW));
            }
            return response;
        } catch (ParseException e) {
            throw new IllegalStateException("cannot build a " + status + " response", e);
        }
    }

    ContactHeader contact(String user, String transport) throws ParseException {
        SipURI uri = addresses.createSipURI(user.isEmpty() ? null : user, config.advertisedHost());
        boolean tls = "tls".equalsIgnoreCase(transport) && config.tls() != null;
        uri.setPort(tls ? config.tls().port() : config.port());
        if (!"udp".equalsIgnoreCase(transport)) {
            uri.setTransportParam(transport.toLowerCase());
        }
        Address address = addresses.createAddress(uri);
        return headers.createContactHeader(address);
    }

    void setSdp(Message message, String sdp) {
        try {
            message.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
        } catch (ParseException e) {
            throw new IllegalStateException("cannot attach SDP", e);
        }
    }

    void addSupportedTimer(Message message) throws ParseException {
        message.addHeader(headers.createSupportedHeader("timer"));
    }

    void setUserAgent(Request request) throws ParseException {
        request.setHeader(headers.createUserAgentHeader(List.of(config.userAgent())));
    }

    HeaderFactory headers() {
        return headers;
    }

    MessageFactory messages() {
        return messages;
    }

    AddressFactory addresses() {
        return addresses;
    }

    static String transportOf(Request request) {
        javax.sip.header.ViaHeader via = (javax.sip.header.ViaHeader) request.getHeader(javax.sip.header.ViaHeader.NAME);
        return via == null || via.getTransport() == null ? "udp" : via.getTransport().toLowerCase();
    }

    private static boolean isDialogCreating(Request request) {
        return Request.INVITE.equals(request.getMethod()) || Request.UPDATE.equals(request.getMethod());
    }
}
