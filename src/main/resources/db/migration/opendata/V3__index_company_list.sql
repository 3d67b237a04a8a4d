-- The growth team's company list at regional scale (tens of thousands of companies):
-- words of the name found through trigrams, each order read from an index instead of
-- sorting the whole register, and active companies counted from a small partial index.
CREATE INDEX company_name_trgm ON opendata.company USING gin (name gin_trgm_ops);
CREATE INDEX company_by_name ON opendata.company (name, business_id);
CREATE INDEX company_newest ON opendata.company (registration_date DESC NULLS LAST, business_id);
CREATE INDEX company_by_municipality ON opendata.company (municipality_code, name, business_id);
CREATE INDEX company_active ON opendata.company (municipality_code, industry_code) WHERE end_date IS NULL;
