-- Where the work is, as a Statistics Finland municipality code: the open API filters job
-- tasks by municipality and region and names the place in JobPosting.jobLocation.
ALTER TABLE jobs.job_task ADD COLUMN municipality_code varchar(3);

-- When the task was first opened: the JobPosting's datePosted. Tasks opened before this
-- column existed get the earliest moment known to be on or before their publication.
ALTER TABLE jobs.job_task ADD COLUMN published_at timestamptz;
UPDATE jobs.job_task SET published_at = created_at WHERE status <> 'DRAFT';

-- Tasks posted before the field existed are placed in their company's home municipality,
-- which is also what a new task without one gets.
UPDATE jobs.job_task j SET municipality_code = o.municipality_code
FROM organisation.organisation o WHERE o.id = j.organisation_id;

CREATE INDEX job_task_open_municipality ON jobs.job_task (municipality_code, id) WHERE status = 'OPEN';
