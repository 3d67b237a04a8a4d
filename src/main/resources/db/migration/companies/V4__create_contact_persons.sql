-- The people the team deals with at a company, acting in their professional role there,
-- so they are shown by name. Consent says what the person agreed to (contact by the
-- growth team, outreach by the needs-mapping bot) and when; source says where the
-- details came from.
CREATE TABLE companies.contact_person (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL,
  business_id varchar(9) NOT NULL,
  name varchar(200) NOT NULL,
  role varchar(200),
  phone varchar(20),
  email varchar(254),
  consent varchar(20)[] NOT NULL DEFAULT '{}',
  consented_on date,
  source varchar(8) NOT NULL CHECK (source IN ('TEAM', 'COMPANY', 'WEBSITE', 'REGISTER', 'BOT')),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 0,
  FOREIGN KEY (team_id, business_id) REFERENCES companies.account,
  CHECK (consent <@ ARRAY['TEAM_CONTACT', 'BOT_OUTREACH']::varchar(20)[]),
  CHECK (cardinality(consent) = 0 OR consented_on IS NOT NULL)
);
CREATE INDEX contact_person_company ON companies.contact_person (team_id, business_id, lower(name));

-- Contact log entries are corrected by whoever may read their notes; the version keeps
-- two corrections from overwriting each other.
ALTER TABLE companies.contact ADD COLUMN version int NOT NULL DEFAULT 0;
ALTER TABLE companies.contact ADD COLUMN updated_by uuid;
ALTER TABLE companies.contact ADD COLUMN updated_at timestamptz;
