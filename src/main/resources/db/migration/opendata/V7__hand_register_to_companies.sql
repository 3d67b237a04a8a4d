-- The trade register now belongs to the companies module (its V5 created its tables):
-- what this database imported moves there, and the old tables go.
INSERT INTO companies.register_company (business_id, name, names, company_form, company_form_names,
  industry_code, industry_names, municipality_code, street_address, post_code, post_office, website,
  registration_date, end_date, status, source_modified, updated_at)
SELECT business_id, name, names, company_form, company_form_names, industry_code, industry_names,
  municipality_code, street_address, post_code, post_office, website, registration_date, end_date, status,
  source_modified, updated_at
FROM opendata.company
ON CONFLICT (business_id) DO NOTHING;

INSERT INTO companies.register_statement (business_id, period_end, period_start, revenue, operating_profit,
  profit, personnel_expenses, registered, taxonomy, updated_at)
SELECT business_id, period_end, period_start, revenue, operating_profit, profit, personnel_expenses,
  registered, taxonomy, updated_at
FROM opendata.financial_statement
ON CONFLICT (business_id, period_end) DO NOTHING;

DROP TABLE opendata.financial_statement;
DROP TABLE opendata.company;
