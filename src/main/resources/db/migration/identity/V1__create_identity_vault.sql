-- The identity vault: only the osaamo_vault role, used by the identity module's own
-- connection pool, may read or write this schema.
CREATE SCHEMA identity;
REVOKE ALL ON SCHEMA identity FROM PUBLIC;
GRANT USAGE ON SCHEMA identity TO osaamo_vault;
ALTER DEFAULT PRIVILEGES IN SCHEMA identity GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_vault;
ALTER DEFAULT PRIVILEGES IN SCHEMA identity GRANT USAGE, SELECT ON SEQUENCES TO osaamo_vault;

CREATE TABLE identity.person (
  id uuid PRIMARY KEY,
  pseudonym varchar(60) NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE identity.personal_data (
  person_id uuid PRIMARY KEY REFERENCES identity.person ON DELETE CASCADE,
  given_name varchar(100),
  family_name varchar(100),
  email varchar(254),
  phone varchar(32),
  national_id varchar(20),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX personal_data_national_id ON identity.personal_data (national_id) WHERE national_id IS NOT NULL;

CREATE TABLE identity.local_account (
  person_id uuid PRIMARY KEY REFERENCES identity.person ON DELETE CASCADE,
  username varchar(64) NOT NULL,
  password_hash varchar(255) NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX local_account_username ON identity.local_account (lower(username));

CREATE TABLE identity.external_identity (
  issuer varchar(255) NOT NULL,
  subject varchar(255) NOT NULL,
  person_id uuid NOT NULL REFERENCES identity.person ON DELETE CASCADE,
  linked_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in timestamptz,
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX external_identity_person ON identity.external_identity (person_id);

-- Who looked at or changed whose personal data. Kept when a person is deleted.
CREATE TABLE identity.access_log (
  id bigserial PRIMARY KEY,
  subject_id uuid NOT NULL,
  actor_id uuid,
  action varchar(40) NOT NULL,
  purpose varchar(200),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX access_log_subject ON identity.access_log (subject_id, at DESC);
