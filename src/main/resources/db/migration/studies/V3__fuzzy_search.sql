-- Words as people type them: the folded title, provider and description, indexed by
-- trigrams, so that a search forgives typing errors and finds other forms of a word
-- (hitsaus finds "Hitsaajien pätevyydet"), whatever language the study is in.
ALTER TABLE studies.study ADD COLUMN search_text text
  GENERATED ALWAYS AS (public.osaamo_fold(title || ' ' || provider || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX study_search_text ON studies.study USING gin (search_text gin_trgm_ops);
