package io.cloudua.store;

/**
 * A digest user of a domain. Only the HA1 hashes (RFC 7616: MD5 and SHA-256 of
 * {@code user:realm:secret}) are stored, never the clear secret, so a database dump does not
 * reveal secrets that may be reused elsewhere. An HA1 still lets its holder authenticate in
 * this realm, so {@link #toString()} redacts both hashes to keep them out of logs.
 *
 * @param domain the domain name
 * @param key the user key, unique within the domain
 * @param ha1Md5 32 lowercase hex digits
 * @param ha1Sha256 64 lowercase hex digits
 */
public record UserRecord(String domain, String key, String ha1Md5, String ha1Sha256) {
    @Override
    public String toString() {
        return "UserRecord[domain=" + domain + ", key=" + key + ", ha1Md5=***, ha1Sha256=***]";
    }
}
