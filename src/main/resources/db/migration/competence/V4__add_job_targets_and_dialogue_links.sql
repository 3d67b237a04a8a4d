-- Job tasks a person aims at, as targets of their development plan.
CREATE TABLE competence.plan_job (
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  job_id uuid NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, job_id)
);

-- The items of the development plan a dialogue was about, with their titles as they were
-- when the dialogue was recorded.
CREATE TABLE competence.dialogue_link (
  dialogue_id uuid NOT NULL REFERENCES competence.dialogue ON DELETE CASCADE,
  kind varchar(5) NOT NULL CHECK (kind IN ('STUDY', 'JOB')),
  ref_id uuid NOT NULL,
  title varchar(300) NOT NULL,
  PRIMARY KEY (dialogue_id, kind, ref_id)
);
