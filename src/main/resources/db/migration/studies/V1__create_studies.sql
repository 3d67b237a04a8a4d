CREATE SCHEMA studies;
GRANT USAGE ON SCHEMA studies TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA studies GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

-- Learning opportunities, as imported or entered; local edits never overwrite the original.
CREATE TABLE studies.study (
  id uuid PRIMARY KEY,
  provider varchar(200) NOT NULL,
  title varchar(300) NOT NULL,
  description varchar(4000),
  type varchar(16) NOT NULL CHECK (type IN ('DEGREE', 'MODULE', 'APPRENTICESHIP', 'ONLINE')),
  language varchar(2) NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  municipality_code varchar(3),
  online boolean NOT NULL DEFAULT false,
  start_date date,
  end_date date,
  duration_hours int CHECK (duration_hours > 0),
  cost_eur numeric(8, 2) CHECK (cost_eur >= 0),
  url varchar(500),
  source varchar(20) NOT NULL DEFAULT 'LOCAL',
  source_id varchar(200),
  local_note varchar(2000),
  edited_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE UNIQUE INDEX study_source ON studies.study (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX study_start ON studies.study (start_date);

-- The skills a study teaches: as the source gave them, plus local corrections.
CREATE TABLE studies.skill (
  study_id uuid NOT NULL REFERENCES studies.study ON DELETE CASCADE,
  skill_uri varchar(255) NOT NULL,
  origin varchar(6) NOT NULL CHECK (origin IN ('SOURCE', 'LOCAL')),
  hidden boolean NOT NULL DEFAULT false,
  PRIMARY KEY (study_id, skill_uri)
);
CREATE INDEX study_skill_uri ON studies.skill (skill_uri) WHERE NOT hidden;
