-- The apprenticeship coach (tool 3). An apprenticeship links an apprentice (a person in the
-- identity vault: name and mobile number live there, not here), a school, a workplace
-- company with its workplace instructor and supervisor, the school's teacher, the
-- qualification and the dates of the on-the-job period. The school's student system
-- names it by its own id: a re-import updates the row of that id.
CREATE SCHEMA coach;
GRANT USAGE ON SCHEMA coach TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA coach GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

CREATE TABLE coach.apprenticeship (
  id uuid PRIMARY KEY,
  school_id uuid NOT NULL,
  external_id varchar(64) NOT NULL,
  apprentice_id uuid NOT NULL,
  language varchar(2) NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  company_id uuid NOT NULL,
  business_id varchar(9) NOT NULL,
  qualification varchar(200) NOT NULL,
  cohort varchar(40),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  instructor_id uuid NOT NULL,
  supervisor_id uuid,
  teacher_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL,
  UNIQUE (school_id, external_id),
  CHECK (ends_on >= starts_on)
);

CREATE INDEX apprenticeship_school ON coach.apprenticeship (school_id, ends_on DESC);
CREATE INDEX apprenticeship_company ON coach.apprenticeship (company_id);
CREATE INDEX apprenticeship_instructor ON coach.apprenticeship (instructor_id);
CREATE INDEX apprenticeship_supervisor ON coach.apprenticeship (supervisor_id) WHERE supervisor_id IS NOT NULL;
CREATE INDEX apprenticeship_apprentice ON coach.apprenticeship (apprentice_id);
