-- Roles fit the kind of organisation (OrganisationType): a role granted before this rule
-- existed where it does not fit (a growth-team role in a company, say) is taken away.
DELETE FROM organisation.membership m USING organisation.organisation o
WHERE o.id = m.organisation_id AND NOT (
  (o.type = 'COMPANY' AND m.role IN ('EMPLOYEE', 'HR', 'COMPANY_REP', 'WORKPLACE_INSTRUCTOR', 'BOT_OWNER', 'ADMIN'))
  OR (o.type = 'CITY' AND m.role IN ('EMPLOYEE', 'GROWTH_TEAM', 'EVALUATOR', 'BOT_OWNER', 'ADMIN'))
  OR (o.type = 'SCHOOL' AND m.role IN ('EMPLOYEE', 'SCHOOL_STAFF', 'BOT_OWNER', 'ADMIN'))
  OR (o.type = 'PLATFORM' AND m.role = 'ADMIN'));

-- An existing user joins an organisation only by accepting an invitation.
CREATE TABLE organisation.invitation (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisation.organisation ON DELETE CASCADE,
  person_id uuid NOT NULL,
  role varchar(32) NOT NULL,
  invited_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  answered_at timestamptz,
  answer varchar(16) CHECK (answer IN ('ACCEPTED', 'DECLINED', 'WITHDRAWN')),
  CHECK ((answered_at IS NULL) = (answer IS NULL))
);
CREATE UNIQUE INDEX invitation_open ON organisation.invitation (organisation_id, person_id, role)
  WHERE answered_at IS NULL;
CREATE INDEX invitation_person ON organisation.invitation (person_id) WHERE answered_at IS NULL;
