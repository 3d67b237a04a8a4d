-- Key figures of the financial statements companies filed to the trade register, as
-- PRH's financial statements open data (XBRL) gives them: one row per company and
-- fiscal period. Source: Finnish Patent and Registration Office (PRH).
CREATE TABLE opendata.financial_statement (
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
