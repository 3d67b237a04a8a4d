-- The growth team's account management (CRM). Every row belongs to one team, the city
-- organisation whose growth team keeps it; companies are the trade register's, by business ID.
CREATE SCHEMA companies;
GRANT USAGE ON SCHEMA companies TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA companies GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

CREATE TABLE companies.account (
  team_id uuid NOT NULL,
  business_id varchar(9) NOT NULL,
  company_name varchar(300) NOT NULL,
  manager_id uuid,
  version int NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, business_id)
);
CREATE INDEX account_manager ON companies.account (manager_id);

CREATE TABLE companies.contact (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL,
  business_id varchar(9) NOT NULL,
  occurred_on date NOT NULL,
  channel varchar(8) NOT NULL CHECK (channel IN ('MEETING', 'PHONE', 'EMAIL', 'EVENT')),
  participants varchar(500) NOT NULL,
  notes varchar(8000),
  topics varchar(500),
  confidential boolean NOT NULL DEFAULT false,
  author_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (team_id, business_id) REFERENCES companies.account
);
CREATE INDEX contact_company ON companies.contact (team_id, business_id, occurred_on DESC);

CREATE TABLE companies.need (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL,
  business_id varchar(9) NOT NULL,
  kind varchar(11) NOT NULL CHECK (kind IN ('COMPETENCE', 'WORKFORCE', 'DEVELOPMENT', 'TECHNOLOGY')),
  description varchar(2000) NOT NULL,
  urgency varchar(6) NOT NULL CHECK (urgency IN ('LOW', 'MEDIUM', 'HIGH')),
  status varchar(8) NOT NULL CHECK (status IN ('OPEN', 'REFERRED', 'MET', 'DROPPED')),
  industry_code varchar(5),
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 0,
  FOREIGN KEY (team_id, business_id) REFERENCES companies.account
);
CREATE INDEX need_company ON companies.need (team_id, business_id, created_at DESC);
CREATE INDEX need_changed ON companies.need (team_id, updated_at DESC);

-- The region's services (growth deals) a need can be referred to. Withdrawn services stay
-- for the referrals made to them.
CREATE TABLE companies.service (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL,
  name varchar(200) NOT NULL,
  kind varchar(14) NOT NULL
    CHECK (kind IN ('RECRUITMENT', 'TRAINING', 'COACHING', 'TECHNOLOGY', 'APPRENTICESHIP', 'OTHER')),
  provider varchar(200) NOT NULL,
  description varchar(4000),
  contact varchar(300),
  withdrawn_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 0
);
CREATE INDEX service_team ON companies.service (team_id, name);

CREATE TABLE companies.referral (
  id uuid PRIMARY KEY,
  need_id uuid NOT NULL REFERENCES companies.need,
  service_id uuid NOT NULL REFERENCES companies.service,
  follow_up_on date NOT NULL,
  outcome varchar(2000),
  closed_at timestamptz,
  -- the language the reminder is written in: the referrer's when they made it
  language varchar(2) NOT NULL,
  reminded_at timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_need ON companies.referral (need_id);
CREATE INDEX referral_due ON companies.referral (follow_up_on) WHERE reminded_at IS NULL AND closed_at IS NULL;
