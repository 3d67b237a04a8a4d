CREATE SCHEMA competence;
GRANT USAGE ON SCHEMA competence TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA competence GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA competence GRANT USAGE, SELECT ON SEQUENCES TO osaamo_app;

-- One competence mapping per person; version guards against stale saves from two tabs.
CREATE TABLE competence.mapping (
  person_id uuid PRIMARY KEY,
  summary varchar(4000),
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 0
);

-- The person's current claim per skill.
CREATE TABLE competence.skill (
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  skill_uri varchar(255) NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  provenance varchar(16) NOT NULL CHECK (provenance IN ('WORK', 'EDUCATION', 'CREDENTIAL', 'OTHER')),
  reference varchar(300),
  evidence_date date,
  strength boolean NOT NULL DEFAULT false,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, skill_uri)
);
CREATE INDEX skill_uri ON competence.skill (skill_uri, level);

-- Every dated assertion of a level: a changed level adds a row, none is overwritten.
CREATE TABLE competence.assertion (
  id bigserial PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  skill_uri varchar(255) NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  provenance varchar(16) NOT NULL,
  asserted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assertion_person ON competence.assertion (person_id, skill_uri, asserted_at);

-- Development targets: skills to learn, with the level aimed at.
CREATE TABLE competence.target (
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  skill_uri varchar(255) NOT NULL,
  target_level smallint NOT NULL CHECK (target_level BETWEEN 1 AND 5),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, skill_uri)
);

CREATE TABLE competence.education (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  title varchar(200) NOT NULL,
  institution varchar(200),
  completed_year smallint CHECK (completed_year BETWEEN 1940 AND 2100),
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX education_person ON competence.education (person_id);

CREATE TABLE competence.work (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  title varchar(200) NOT NULL,
  employer varchar(200),
  start_year smallint CHECK (start_year BETWEEN 1940 AND 2100),
  end_year smallint CHECK (end_year BETWEEN 1940 AND 2100),
  added_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_year IS NULL OR start_year IS NULL OR end_year >= start_year)
);
CREATE INDEX work_person ON competence.work (person_id);

-- What a person lets the HR specialists of one organisation see, per section.
CREATE TABLE competence.grant (
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  organisation_id uuid NOT NULL,
  section varchar(20) NOT NULL CHECK (section IN ('SKILLS', 'STRENGTHS', 'TARGETS', 'EDUCATION', 'WORK_HISTORY', 'IDENTITY')),
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_on date,
  PRIMARY KEY (person_id, organisation_id, section)
);
CREATE INDEX grant_organisation ON competence.grant (organisation_id);

-- Every view of a shared mapping by someone else.
CREATE TABLE competence.view_log (
  id bigserial PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  viewer_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  sections varchar(200) NOT NULL,
  viewed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX view_log_person ON competence.view_log (person_id, viewed_at DESC);
