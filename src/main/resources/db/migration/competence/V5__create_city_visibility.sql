-- A person's opt-in to being found by a city's growth team (job seekers, and employees open
-- to opportunities): which sections of the mapping the team may see, pseudonymously, until
-- when. Contact details are never part of it: the team asks through a contact request.
CREATE TABLE competence.city_visibility (
  person_id uuid PRIMARY KEY REFERENCES competence.mapping ON DELETE CASCADE,
  city_id uuid NOT NULL,
  sections varchar(200) NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_on date
);
CREATE INDEX city_visibility_city ON competence.city_visibility (city_id);

-- A growth-team member's request to contact a talent; the talent approves or declines.
CREATE TABLE competence.contact_request (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES competence.mapping ON DELETE CASCADE,
  city_id uuid NOT NULL,
  requester_id uuid NOT NULL,
  message varchar(1000) NOT NULL,
  status varchar(8) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
  created_at timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz
);
CREATE INDEX contact_request_person ON competence.contact_request (person_id, created_at DESC);
CREATE UNIQUE INDEX contact_request_pending ON competence.contact_request (person_id, requester_id)
  WHERE status = 'PENDING';
