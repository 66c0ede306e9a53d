-- The per-domain webhook signing secrets. Stored sealed (AES-GCM by the gateway, with a key that is
-- not in the database), never in clear: `sealed` holds base64 text of nonce + ciphertext + tag.
--
-- No foreign key to domains: a secret is replaced whole (delete + insert in one transaction) when a
-- domain is created again or its secret rotated, and a leftover row of a deleted domain is useless
-- without the domain. Portable types only, like V1 (H2 2.x and PostgreSQL 15).

CREATE TABLE webhook_secrets (
    domain     VARCHAR(32)              NOT NULL,
    sealed     VARCHAR(512)             NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_webhook_secrets PRIMARY KEY (domain)
);
