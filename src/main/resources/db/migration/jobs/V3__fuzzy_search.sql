-- Words as people type them: the folded title and description, indexed by trigrams, so
-- that a search forgives typing errors and finds other forms of a word.
ALTER TABLE jobs.job_task ADD COLUMN search_text text
  GENERATED ALWAYS AS (public.osaamo_fold(title || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX job_task_search_text ON jobs.job_task USING gin (search_text gin_trgm_ops);
