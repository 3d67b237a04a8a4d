CREATE SCHEMA matching;
GRANT USAGE ON SCHEMA matching TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA matching GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA matching GRANT USAGE, SELECT ON SEQUENCES TO osaamo_app;

-- Every use of an automated feature (EU AI Act Annex III point 4): who used it, for which
-- organisation and subject, and what was shown, as pseudonymous ids and scores.
CREATE TABLE matching.use_log (
  id bigserial PRIMARY KEY,
  feature varchar(40) NOT NULL,
  actor_id uuid NOT NULL,
  organisation_id uuid,
  subject varchar(100) NOT NULL,
  shown jsonb NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX use_log_feature ON matching.use_log (feature, at DESC);
CREATE INDEX use_log_organisation ON matching.use_log (organisation_id, at DESC);
