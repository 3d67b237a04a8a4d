CREATE SCHEMA privacy;
GRANT USAGE ON SCHEMA privacy TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA privacy GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

CREATE TABLE privacy.notice (
  version int NOT NULL,
  language varchar(2) NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  title varchar(200) NOT NULL,
  body text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (version, language)
);

CREATE TABLE privacy.acceptance (
  person_id uuid NOT NULL,
  version int NOT NULL,
  accepted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, version)
);
