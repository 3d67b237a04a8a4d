-- The trade register's companies and the financial statements they filed, owned by this
-- module since issue 15 (the open-data importers write them through its API). Until then
-- they were opendata.company and opendata.financial_statement; opendata's V7 hands over
-- what an existing database holds.
CREATE TABLE companies.register_company (
  business_id varchar(9) PRIMARY KEY CHECK (business_id ~ '^[0-9]{7}-[0-9]$'),
  name varchar(300) NOT NULL,
  names jsonb NOT NULL DEFAULT '[]',
  company_form varchar(8),
  company_form_names jsonb NOT NULL DEFAULT '{}',
  industry_code varchar(5),
  industry_names jsonb NOT NULL DEFAULT '{}',
  municipality_code varchar(3),
  street_address varchar(300),
  post_code varchar(10),
  post_office varchar(100),
  website varchar(300),
  registration_date date,
  end_date date,
  status varchar(4),
  source_modified timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- The growth team's company list at regional scale (tens of thousands of companies):
-- words of the name found through trigrams, each order read from an index instead of
-- sorting the whole register, and active companies counted from a small partial index.
CREATE INDEX register_company_municipality ON companies.register_company (municipality_code, industry_code);
CREATE INDEX register_company_name_trgm ON companies.register_company USING gin (name gin_trgm_ops);
CREATE INDEX register_company_by_name ON companies.register_company (name, business_id);
CREATE INDEX register_company_newest ON companies.register_company (registration_date DESC NULLS LAST, business_id);
CREATE INDEX register_company_by_municipality ON companies.register_company (municipality_code, name, business_id);
CREATE INDEX register_company_active ON companies.register_company (municipality_code, industry_code)
  WHERE end_date IS NULL;

-- Key figures of the financial statements companies filed to the trade register, as
-- PRH's financial statements open data (XBRL) gives them: one row per company and
-- fiscal period. Source: Finnish Patent and Registration Office (PRH).
CREATE TABLE companies.register_statement (
  business_id varchar(9) NOT NULL CHECK (business_id ~ '^[0-9]{7}-[0-9]$'),
  period_end date NOT NULL,
  period_start date,
  revenue bigint,
  operating_profit bigint,
  profit bigint,
  personnel_expenses bigint,
  registered date,
  taxonomy varchar(300),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (business_id, period_end),
  CHECK (period_start IS NULL OR period_start <= period_end),
  CHECK (revenue IS NOT NULL OR operating_profit IS NOT NULL OR profit IS NOT NULL
    OR personnel_expenses IS NOT NULL)
);
