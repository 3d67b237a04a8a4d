CREATE SCHEMA taxonomy;
GRANT USAGE ON SCHEMA taxonomy TO osaamo_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA taxonomy GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO osaamo_app;

-- ESCO skills, knowledge, skill groups and occupations.
CREATE TABLE taxonomy.concept (
  id int PRIMARY KEY,
  uri varchar(255) NOT NULL UNIQUE,
  key varchar(100) NOT NULL UNIQUE,
  kind varchar(16) NOT NULL CHECK (kind IN ('SKILL', 'KNOWLEDGE', 'SKILL_GROUP', 'OCCUPATION')),
  reuse_level varchar(24),
  code varchar(40)
);

CREATE TABLE taxonomy.label (
  concept_id int NOT NULL REFERENCES taxonomy.concept ON DELETE CASCADE,
  language varchar(2) NOT NULL,
  preferred boolean NOT NULL,
  text varchar(400) NOT NULL,
  folded text GENERATED ALWAYS AS (public.osaamo_fold(text)) STORED
);
CREATE INDEX label_concept ON taxonomy.label (concept_id, language, preferred);
CREATE INDEX label_folded_trgm ON taxonomy.label USING gin (folded gin_trgm_ops);

CREATE TABLE taxonomy.description (
  concept_id int NOT NULL REFERENCES taxonomy.concept ON DELETE CASCADE,
  language varchar(2) NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (concept_id, language)
);

CREATE TABLE taxonomy.broader (
  concept_id int NOT NULL REFERENCES taxonomy.concept ON DELETE CASCADE,
  broader_id int NOT NULL REFERENCES taxonomy.concept ON DELETE CASCADE,
  PRIMARY KEY (concept_id, broader_id)
);
CREATE INDEX broader_broader ON taxonomy.broader (broader_id);

CREATE TABLE taxonomy.occupation_skill (
  occupation_id int NOT NULL REFERENCES taxonomy.concept ON DELETE CASCADE,
  skill_id int NOT NULL REFERENCES taxonomy.concept ON DELETE CASCADE,
  essential boolean NOT NULL,
  PRIMARY KEY (occupation_id, skill_id)
);
CREATE INDEX occupation_skill_skill ON taxonomy.occupation_skill (skill_id);

CREATE TABLE taxonomy.skill_relation (
  skill_id int NOT NULL REFERENCES taxonomy.concept ON DELETE CASCADE,
  related_id int NOT NULL REFERENCES taxonomy.concept ON DELETE CASCADE,
  essential boolean NOT NULL,
  PRIMARY KEY (skill_id, related_id)
);

CREATE TABLE taxonomy.skill_collection (
  concept_id int NOT NULL REFERENCES taxonomy.concept ON DELETE CASCADE,
  collection varchar(20) NOT NULL,
  PRIMARY KEY (concept_id, collection)
);

CREATE TABLE taxonomy.dataset (
  name varchar(40) PRIMARY KEY,
  version varchar(100) NOT NULL,
  concepts int NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);
