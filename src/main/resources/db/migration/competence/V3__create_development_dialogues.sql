-- Development dialogues between an HR specialist and an employee. No performance rating is
-- stored, by design.
CREATE TABLE competence.dialogue (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL,
  organisation_id uuid NOT NULL,
  recorded_by uuid NOT NULL,
  held_on date NOT NULL,
  agreed varchar(4000) NOT NULL,
  next_steps varchar(4000),
  follow_up_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (follow_up_on IS NULL OR follow_up_on >= held_on)
);
CREATE INDEX dialogue_person ON competence.dialogue (person_id, held_on DESC);
CREATE INDEX dialogue_organisation ON competence.dialogue (organisation_id);

CREATE TABLE competence.dialogue_comment (
  id bigserial PRIMARY KEY,
  dialogue_id uuid NOT NULL REFERENCES competence.dialogue ON DELETE CASCADE,
  author_id uuid NOT NULL,
  text varchar(2000) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dialogue_comment_dialogue ON competence.dialogue_comment (dialogue_id, created_at);
