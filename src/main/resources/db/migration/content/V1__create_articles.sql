CREATE SCHEMA content;
GRANT USAGE ON SCHEMA content TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA content GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

-- Categories of instruction articles, named in each language.
CREATE TABLE content.category (
  id uuid PRIMARY KEY,
  slug varchar(60) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_fi varchar(100) NOT NULL,
  name_sv varchar(100) NOT NULL,
  name_en varchar(100) NOT NULL,
  position int NOT NULL DEFAULT 100
);

-- Instruction articles: for the whole region (organisation_id null, written by platform
-- administrators) or for one organisation's members (written by its administrators).
-- A draft has no publication time.
CREATE TABLE content.article (
  id uuid PRIMARY KEY,
  organisation_id uuid,
  category_id uuid NOT NULL REFERENCES content.category,
  author_id uuid,
  byline varchar(120) NOT NULL,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 0
);
CREATE INDEX article_published ON content.article (published_at DESC) WHERE published_at IS NOT NULL;
CREATE INDEX article_organisation ON content.article (organisation_id);

-- One language version of an article: Markdown as written and the sanitised HTML made
-- from it, with a full-text vector in the language's own configuration.
CREATE TABLE content.article_text (
  article_id uuid NOT NULL REFERENCES content.article ON DELETE CASCADE,
  language varchar(2) NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  title varchar(200) NOT NULL,
  summary varchar(500) NOT NULL,
  body_markdown varchar(40000) NOT NULL,
  body_html text NOT NULL,
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE language WHEN 'fi' THEN 'finnish'::regconfig WHEN 'sv' THEN 'swedish'::regconfig
        ELSE 'english'::regconfig END, title), 'A')
    || setweight(to_tsvector(CASE language WHEN 'fi' THEN 'finnish'::regconfig WHEN 'sv' THEN 'swedish'::regconfig
        ELSE 'english'::regconfig END, summary || ' ' || body_markdown), 'B')) STORED,
  PRIMARY KEY (article_id, language)
);
CREATE INDEX article_text_search ON content.article_text USING gin (search_vector);

INSERT INTO content.category (id, slug, name_fi, name_sv, name_en, position) VALUES
  ('6f1c2d4e-0001-4a00-8000-000000000001', 'getting-started', 'Aloitus', 'Komma igång', 'Getting started', 10),
  ('6f1c2d4e-0001-4a00-8000-000000000002', 'competence-mapping', 'Osaamiskartoitus', 'Kompetenskartläggning', 'Competence mapping', 20),
  ('6f1c2d4e-0001-4a00-8000-000000000003', 'job-tasks', 'Työtehtävät', 'Arbetsuppgifter', 'Job tasks', 30),
  ('6f1c2d4e-0001-4a00-8000-000000000004', 'studies', 'Koulutukset', 'Utbildningar', 'Studies', 40),
  ('6f1c2d4e-0001-4a00-8000-000000000005', 'privacy', 'Tietosuoja', 'Dataskydd', 'Privacy', 50);
