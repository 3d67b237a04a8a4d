CREATE SCHEMA jobs;
GRANT USAGE ON SCHEMA jobs TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA jobs GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

CREATE TABLE jobs.job_task (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL,
  title varchar(200) NOT NULL,
  description varchar(8000),
  occupation_uri varchar(255),
  location varchar(200),
  apply_from date,
  apply_to date,
  start_date date,
  status varchar(8) NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 0,
  CHECK (apply_to IS NULL OR apply_from IS NULL OR apply_to >= apply_from),
  CHECK (start_date IS NULL OR apply_to IS NULL OR start_date >= apply_to)
);
CREATE INDEX job_task_organisation ON jobs.job_task (organisation_id, status, created_at DESC);

CREATE TABLE jobs.required_skill (
  job_id uuid NOT NULL REFERENCES jobs.job_task ON DELETE CASCADE,
  skill_uri varchar(255) NOT NULL,
  min_level smallint NOT NULL CHECK (min_level BETWEEN 1 AND 5),
  importance varchar(4) NOT NULL CHECK (importance IN ('MUST', 'NICE')),
  weight numeric(4, 2) NOT NULL DEFAULT 1.0 CHECK (weight > 0 AND weight <= 10),
  PRIMARY KEY (job_id, skill_uri)
);

CREATE TABLE jobs.interest (
  job_id uuid NOT NULL REFERENCES jobs.job_task ON DELETE CASCADE,
  person_id uuid NOT NULL,
  expressed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job_id, person_id)
);
CREATE INDEX interest_person ON jobs.interest (person_id);
