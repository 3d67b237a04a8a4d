-- The development plan: studies a person chose, with their status.
CREATE TABLE competence.plan_item (
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  study_id uuid NOT NULL,
  status varchar(12) NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED')),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, study_id)
);

ALTER TABLE competence.grant DROP CONSTRAINT grant_section_check;
ALTER TABLE competence.grant ADD CONSTRAINT grant_section_check
  CHECK (section IN ('SKILLS', 'STRENGTHS', 'TARGETS', 'EDUCATION', 'WORK_HISTORY', 'IDENTITY', 'DEVELOPMENT_PLAN'));
