-- A company's key figures per fiscal year as the team recorded them from its financial
-- statements (until the trade register's financial data is imported), with their source.
CREATE TABLE companies.financials (
  team_id uuid NOT NULL,
  business_id varchar(9) NOT NULL,
  fiscal_year smallint NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2100),
  revenue bigint CHECK (revenue >= 0),
  operating_profit bigint,
  personnel int CHECK (personnel >= 0),
  source varchar(200) NOT NULL,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, business_id, fiscal_year),
  FOREIGN KEY (team_id, business_id) REFERENCES companies.account,
  CHECK (revenue IS NOT NULL OR operating_profit IS NOT NULL OR personnel IS NOT NULL)
);
