package io.cloudua.sip.internal;

import io.cloudua.sip.SipConfig;
import io.cloudua.sip.sdp.SdpCodec;
import java.util.concurrent.ScheduledExecutorService;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/**
 * Everything a leg needs to talk SIP, handed to it through its constructor instead of static singletons.
 */
record SipContext(SipConfig config, SipProvider provider, HeaderFactory headers, MessageFactory messages,
                  AddressFactory addresses, SdpCodec sdp, ScheduledExecutorService timers, LegRegistry legs,
                  MessageBuilder builder, MessageCounter metrics) {
}
