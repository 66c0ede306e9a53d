package io.cloudua.gateway.domain;

import io.cloudua.store.DomainRecord;
import io.cloudua.store.DomainStore;
import io.cloudua.store.WriteResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Domains through a write-through cache: the SIP path looks domains up on every INVITE and must never wait
 * on the database, so reads come from memory and writes go to the store first, then the cache.
 */
public final class DomainService {
    private final DomainStore store;
    private final Map<String, ActiveDomain> cache = new ConcurrentHashMap<>();

    public DomainService(DomainStore store) {
        this.store = store;
        reload();
    }

    /** Reloads the cache from the store. */
    public void reload() {
        Map<String, ActiveDomain> fresh = new ConcurrentHashMap<>();
        for (DomainRecord r : store.list()) {
            fresh.put(r.name(), ActiveDomain.of(r));
        }
        cache.keySet().retainAll(fresh.keySet());
        cache.putAll(fresh);
    }

    /** From memory; safe on SIP threads. */
    public Optional<ActiveDomain> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(cache.get(name));
    }

    /** The trunk domain whose ACL holds this source, for INVITEs whose Request-URI names no domain. */
    public Optional<ActiveDomain> findTrunkFor(java.net.InetAddress source) {
        return cache.values().stream()
                .filter(d -> "trunk".equals(d.record().domainType()) && d.allows(source))
                .sorted(java.util.Comparator.comparing(ActiveDomain::name))
                .findFirst();
    }

    public List<DomainRecord> list() {
        return store.list();
    }

    public Optional<DomainRecord> load(String name) {
        return store.find(name);
    }

    public WriteResult create(DomainRecord record) {
        WriteResult result = store.create(record);
        if (result == WriteResult.CREATED) {
            cache.put(record.name(), ActiveDomain.of(record));
        }
        return result;
    }

    public WriteResult update(DomainRecord record) {
        WriteResult result = store.update(record);
        if (result == WriteResult.UPDATED) {
            cache.put(record.name(), ActiveDomain.of(record));
        }
        return result;
    }

    public WriteResult delete(String name, boolean cascade) {
        WriteResult result = store.delete(name, cascade);
        if (result == WriteResult.DELETED || result == WriteResult.NOT_FOUND) {
            cache.remove(name);
        }
        return result;
    }
}
