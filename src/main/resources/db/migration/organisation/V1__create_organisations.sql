CREATE SCHEMA organisation;
GRANT USAGE ON SCHEMA organisation TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA organisation GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA organisation GRANT USAGE, SELECT ON SEQUENCES TO osaamo_app;

CREATE TABLE organisation.organisation (
  id uuid PRIMARY KEY,
  type varchar(16) NOT NULL CHECK (type IN ('COMPANY', 'CITY', 'SCHOOL', 'PLATFORM')),
  name varchar(200) NOT NULL,
  business_id varchar(9) UNIQUE CHECK (business_id ~ '^[0-9]{7}-[0-9]$'),
  municipality_code varchar(3),
  industry_code varchar(5),
  primary_colour varchar(7) CHECK (primary_colour ~ '^#[0-9a-f]{6}$'),
  logo bytea,
  logo_content_type varchar(40),
  created_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 0,
  CHECK (type <> 'COMPANY' OR business_id IS NOT NULL)
);
CREATE INDEX organisation_name ON organisation.organisation (name);

CREATE TABLE organisation.membership (
  organisation_id uuid NOT NULL REFERENCES organisation.organisation ON DELETE CASCADE,
  person_id uuid NOT NULL,
  role varchar(32) NOT NULL CHECK (role IN ('EMPLOYEE', 'HR', 'GROWTH_TEAM', 'SCHOOL_STAFF',
    'WORKPLACE_INSTRUCTOR', 'COMPANY_REP', 'BOT_OWNER', 'EVALUATOR', 'ADMIN')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id, role)
);
CREATE INDEX membership_person ON organisation.membership (person_id);
