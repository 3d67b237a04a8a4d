-- A growth-team member's own favourites: companies, job tasks, studies and talents, each
-- with a personal note. Only its owner sees a favourite.
CREATE SCHEMA dashboard;
GRANT USAGE ON SCHEMA dashboard TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA dashboard GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

CREATE TABLE dashboard.favourite (
  person_id uuid NOT NULL,
  kind varchar(7) NOT NULL CHECK (kind IN ('COMPANY', 'JOB', 'STUDY', 'TALENT')),
  target varchar(100) NOT NULL,
  label varchar(300) NOT NULL,
  note varchar(2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, kind, target)
);
CREATE INDEX favourite_person ON dashboard.favourite (person_id, created_at DESC);
