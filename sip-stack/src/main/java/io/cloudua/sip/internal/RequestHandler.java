package io.cloudua.sip.internal;

import javax.sip.RequestEvent;

/** Handles one SIP method; the router holds one per method instead of an if/else chain. */
@FunctionalInterface
interface RequestHandler {
    void handle(RequestEvent event);
}
