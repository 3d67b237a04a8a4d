-- Two roles narrow what the application's connections may do: osaamo_app for every
-- module's queries, osaamo_vault for the identity vault alone. The migration user owns
-- the objects and takes both roles.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'osaamo_app') THEN
    CREATE ROLE osaamo_app NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'osaamo_vault') THEN
    CREATE ROLE osaamo_vault NOLOGIN;
  END IF;
END $$;

GRANT osaamo_app TO CURRENT_USER;
GRANT osaamo_vault TO CURRENT_USER;

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- An immutable wrapper, so that unaccented text can be indexed.
CREATE OR REPLACE FUNCTION public.osaamo_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

GRANT USAGE ON SCHEMA public TO osaamo_app;

CREATE SCHEMA platform;
GRANT USAGE ON SCHEMA platform TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA platform GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

-- Spring Session JDBC: sessions shared by every instance of the application.
CREATE TABLE platform.spring_session (
  primary_id char(36) NOT NULL,
  session_id char(36) NOT NULL,
  creation_time bigint NOT NULL,
  last_access_time bigint NOT NULL,
  max_inactive_interval int NOT NULL,
  expiry_time bigint NOT NULL,
  principal_name varchar(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON platform.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON platform.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON platform.spring_session (principal_name);

CREATE TABLE platform.spring_session_attributes (
  session_primary_id char(36) NOT NULL,
  attribute_name varchar(200) NOT NULL,
  attribute_bytes bytea NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
    REFERENCES platform.spring_session (primary_id) ON DELETE CASCADE
);

-- Spring Modulith's event publication registry (the outbox).
CREATE TABLE platform.event_publication (
  id uuid NOT NULL PRIMARY KEY,
  listener_id text NOT NULL,
  event_type text NOT NULL,
  serialized_event text NOT NULL,
  publication_date timestamptz NOT NULL,
  completion_date timestamptz,
  status text,
  completion_attempts int,
  last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON platform.event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON platform.event_publication (completion_date);
