package io.cloudua.sip.internal;

import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * The parser factory the stack runs with ({@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}, see
 * {@link StackProperties}): the RI's own parser wrapped in a {@link ScreeningParser}, for UDP and TCP alike.
 * Public with a no-argument constructor only because the RI creates it from its class name.
 */
public final class ScreeningParserFactory implements MessageParserFactory {
    private final MessageParserFactory ri = new StringMsgParserFactory();

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        return new ScreeningParser(ri.createMessageParser(stack));
    }
}
