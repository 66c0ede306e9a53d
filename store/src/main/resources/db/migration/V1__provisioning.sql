-- Provisioning for Programmable SIP domains: the domain, its ACL (order kept), its digest
-- users (HA1 hashes only, never clear secrets) and its endpoints.
--
-- This file must run unchanged on H2 2.x and PostgreSQL 15: only portable types (VARCHAR,
-- CHAR, INTEGER, BOOLEAN, TIMESTAMP WITH TIME ZONE), named constraints, no vendor functions.
-- Foreign keys do not cascade: the store deletes children explicitly, in one transaction,
-- so "delete without cascade" can be refused instead of silently removing users.

CREATE TABLE domains (
    name              VARCHAR(32)              NOT NULL,
    application_id    VARCHAR(64)              NOT NULL,
    tls               VARCHAR(16)              NOT NULL,
    digest_auth       BOOLEAN                  NOT NULL,
    srtp              VARCHAR(16)              NOT NULL,
    domain_type       VARCHAR(16)              NOT NULL,
    callback_base_url VARCHAR(2048),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_domains PRIMARY KEY (name)
);

CREATE TABLE domain_acl (
    domain   VARCHAR(32) NOT NULL,
    position INTEGER     NOT NULL,
    entry    VARCHAR(64) NOT NULL,
    CONSTRAINT pk_domain_acl PRIMARY KEY (domain, position),
    CONSTRAINT fk_domain_acl_domain FOREIGN KEY (domain) REFERENCES domains (name)
);

CREATE TABLE domain_users (
    domain     VARCHAR(32)              NOT NULL,
    user_key   VARCHAR(64)              NOT NULL,
    ha1_md5    CHAR(32)                 NOT NULL,
    ha1_sha256 CHAR(64)                 NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_domain_users PRIMARY KEY (domain, user_key),
    CONSTRAINT fk_domain_users_domain FOREIGN KEY (domain) REFERENCES domains (name)
);

CREATE TABLE domain_endpoints (
    domain      VARCHAR(32)              NOT NULL,
    endpoint_id VARCHAR(64)              NOT NULL,
    priority    INTEGER                  NOT NULL,
    uri         VARCHAR(2048)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_domain_endpoints PRIMARY KEY (domain, endpoint_id),
    CONSTRAINT fk_domain_endpoints_domain FOREIGN KEY (domain) REFERENCES domains (name)
);
