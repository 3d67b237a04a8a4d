-- Task allocation suggestions: which open job task suits which employee who shares their
-- skills with the company. HR accepts or dismisses each with a reason; the employee sees
-- the suggestions about them and may contest one, which HR answers. Nothing is decided for
-- anyone: an accepted suggestion is HR's decision, recorded with its reason.
CREATE TABLE matching.suggestion (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL,
  job_id uuid NOT NULL,
  person_id uuid NOT NULL,
  score int NOT NULL CHECK (score BETWEEN 0 AND 100),
  summary varchar(1000) NOT NULL,
  suggested_by uuid NOT NULL,
  suggested_at timestamptz NOT NULL DEFAULT now(),
  status varchar(10) NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DISMISSED')),
  decided_by uuid,
  decided_at timestamptz,
  reason varchar(1000),
  UNIQUE (organisation_id, job_id, person_id)
);
CREATE INDEX suggestion_person ON matching.suggestion (person_id);

CREATE TABLE matching.contest (
  id uuid PRIMARY KEY,
  suggestion_id uuid NOT NULL REFERENCES matching.suggestion ON DELETE CASCADE,
  text varchar(2000) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  answer varchar(2000),
  answered_by uuid,
  answered_at timestamptz
);
CREATE INDEX contest_suggestion ON matching.contest (suggestion_id);
