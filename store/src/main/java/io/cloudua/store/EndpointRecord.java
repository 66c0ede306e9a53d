package io.cloudua.store;

/**
 * An endpoint of a domain: a SIP URI that incoming calls are delivered to. A lower priority
 * value is tried first.
 *
 * @param domain the domain name
 * @param id the endpoint id, unique within the domain
 * @param priority lower is preferred
 * @param uri the SIP URI, e.g. {@code sip:myendpoint@mydomain.example.com:5060}
 */
public record EndpointRecord(String domain, String id, int priority, String uri) {
}
