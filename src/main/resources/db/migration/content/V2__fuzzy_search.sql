-- Words as people type them: the folded title and summary, indexed by trigrams, so that
-- a search forgives typing errors and finds other forms of a word beside the stemmed
-- full-text match (hitsaus finds "Hitsaajien pätevyydet", which Finnish stemming misses).
ALTER TABLE content.article_text ADD COLUMN search_text text
  GENERATED ALWAYS AS (public.osaamo_fold(title || ' ' || summary)) STORED;
CREATE INDEX article_text_search_text ON content.article_text USING gin (search_text gin_trgm_ops);
