CREATE SCHEMA opendata;
GRANT USAGE ON SCHEMA opendata TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA opendata GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA opendata GRANT USAGE, SELECT ON SEQUENCES TO osaamo_app;

-- What an administrator set for a source; defaults come from the configuration.
CREATE TABLE opendata.source_setting (
  source varchar(40) PRIMARY KEY,
  scheduled boolean NOT NULL DEFAULT false,
  cron varchar(100),
  base_url varchar(500),
  municipalities varchar(2000),
  subscription_key varchar(500),
  sync_state varchar(500),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 0
);

CREATE TABLE opendata.import_run (
  id uuid PRIMARY KEY,
  source varchar(40) NOT NULL,
  trigger varchar(8) NOT NULL CHECK (trigger IN ('SCHEDULE', 'MANUAL', 'UPLOAD')),
  started_by uuid,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status varchar(12) NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'INTERRUPTED', 'CANCELLED')),
  processed int NOT NULL DEFAULT 0,
  created int NOT NULL DEFAULT 0,
  updated int NOT NULL DEFAULT 0,
  unchanged int NOT NULL DEFAULT 0,
  rejected int NOT NULL DEFAULT 0,
  skipped int NOT NULL DEFAULT 0,
  message varchar(2000)
);
CREATE INDEX import_run_source ON opendata.import_run (source, started_at DESC);
CREATE INDEX import_run_running ON opendata.import_run (status) WHERE status = 'RUNNING';

-- Every record a run turned down, and why.
CREATE TABLE opendata.rejection (
  run_id uuid NOT NULL REFERENCES opendata.import_run ON DELETE CASCADE,
  seq int NOT NULL,
  record_ref varchar(200),
  reason_key varchar(100) NOT NULL,
  detail varchar(1000),
  PRIMARY KEY (run_id, seq)
);

-- The last version of each record a source gave, keyed by the source's own id, so that a
-- rerun can tell new, changed and unchanged records apart.
CREATE TABLE opendata.imported_record (
  source varchar(40) NOT NULL,
  source_id varchar(200) NOT NULL,
  content_hash varchar(64) NOT NULL,
  target_id varchar(200),
  first_seen timestamptz NOT NULL DEFAULT now(),
  last_changed timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source, source_id)
);

-- Companies as the trade register (PRH / YTJ) gives them. Source: Finnish Patent and
-- Registration Office (PRH) / YTJ open data, CC BY 4.0.
CREATE TABLE opendata.company (
  business_id varchar(9) PRIMARY KEY CHECK (business_id ~ '^[0-9]{7}-[0-9]$'),
  name varchar(300) NOT NULL,
  names jsonb NOT NULL DEFAULT '[]',
  company_form varchar(8),
  company_form_names jsonb NOT NULL DEFAULT '{}',
  industry_code varchar(5),
  industry_names jsonb NOT NULL DEFAULT '{}',
  municipality_code varchar(3),
  street_address varchar(300),
  post_code varchar(10),
  post_office varchar(100),
  website varchar(300),
  registration_date date,
  end_date date,
  status varchar(4),
  source_modified timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX company_municipality ON opendata.company (municipality_code, industry_code);

-- Job ads from outside: JobPosting feeds and Työmarkkinatori.
CREATE TABLE opendata.job_ad (
  source varchar(40) NOT NULL,
  source_id varchar(200) NOT NULL,
  title varchar(300) NOT NULL,
  description varchar(8000),
  occupation_uri varchar(255),
  skills text[] NOT NULL DEFAULT '{}',
  hiring_name varchar(300),
  hiring_business_id varchar(9),
  municipality_code varchar(3),
  locality varchar(200),
  date_posted date,
  valid_through date,
  url varchar(1000),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source, source_id)
);
CREATE INDEX job_ad_valid ON opendata.job_ad (valid_through);

-- The change feed of the open API: one row per change, in the order they happened.
CREATE TABLE opendata.change (
  seq bigserial PRIMARY KEY,
  kind varchar(10) NOT NULL CHECK (kind IN ('company', 'job', 'study')),
  ref varchar(200) NOT NULL,
  operation varchar(8) NOT NULL CHECK (operation IN ('UPSERT', 'DELETE')),
  changed_at timestamptz NOT NULL DEFAULT now()
);

-- Keys that raise a caller's rate limit on the open API; only a hash of the key is kept.
CREATE TABLE opendata.api_key (
  id uuid PRIMARY KEY,
  name varchar(100) NOT NULL,
  key_hash varchar(64) NOT NULL UNIQUE,
  prefix varchar(8) NOT NULL,
  per_minute int NOT NULL CHECK (per_minute BETWEEN 1 AND 100000),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
