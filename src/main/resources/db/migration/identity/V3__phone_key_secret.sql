-- The secret of the keyed hashes of phone numbers (HMAC-SHA-256): other modules match a
-- reply's number to a person or an opt-out by the hash, without holding the number. It
-- lives in the vault's schema, so only the vault can compute hashes. 244 random bits from
-- two version-4 UUIDs (gen_random_uuid draws from a strong source).
CREATE TABLE identity.secret (
  name varchar(40) PRIMARY KEY,
  value bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO identity.secret (name, value)
VALUES ('phone-key', decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'));
