-- The growth team's company page lists a company's open imported ads.
CREATE INDEX job_ad_company ON opendata.job_ad (hiring_business_id);
