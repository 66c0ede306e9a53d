-- Toll-fraud guard: the hosts, IP addresses or CIDR blocks a domain may place direct SIP calls
-- to (the PSIP API's additive allowed_destinations). One row per entry with its position, like
-- domain_acl, so the order survives and an entry is never split by a separator. No rows: the
-- domain may call only its own endpoints.
--
-- Portable (H2 2.x and PostgreSQL 15): plain types, named constraints, no cascade (the store
-- deletes the rows with their domain in one transaction).

CREATE TABLE domain_destinations (
    domain   VARCHAR(32)  NOT NULL,
    position INTEGER      NOT NULL,
    entry    VARCHAR(255) NOT NULL,
    CONSTRAINT pk_domain_destinations PRIMARY KEY (domain, position),
    CONSTRAINT fk_domain_destinations_domain FOREIGN KEY (domain) REFERENCES domains (name)
);
