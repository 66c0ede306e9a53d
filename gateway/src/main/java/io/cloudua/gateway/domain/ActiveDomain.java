package io.cloudua.gateway.domain;

import io.cloudua.api.net.Cidr;
import io.cloudua.store.DomainRecord;
import java.net.InetAddress;
import java.util.List;

/** A domain as the SIP side uses it: the stored record with its ACL parsed once. */
public record ActiveDomain(DomainRecord record, List<Cidr> acl) {

    public static ActiveDomain of(DomainRecord record) {
        return new ActiveDomain(record, record.acl().stream().map(Cidr::parse).flatMap(java.util.Optional::stream).toList());
    }

    public String name() {
        return record.name();
    }

    public boolean allows(InetAddress source) {
        for (Cidr cidr : acl) {
            if (cidr.contains(source)) {
                return true;
            }
        }
        return false;
    }
}
