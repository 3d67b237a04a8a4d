-- The open competence statistics are released once a month and stay as released: one
-- person's change never shows alone, and asking again reveals nothing new. Counts are
-- randomly rounded to multiples of five (DisclosureControl); cells rounded to zero are not
-- published at all.
CREATE TABLE opendata.competence_release (
  month date PRIMARY KEY CHECK (extract(day FROM month) = 1),
  published_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE opendata.competence_release_cell (
  month date NOT NULL REFERENCES opendata.competence_release ON DELETE CASCADE,
  region varchar(4) NOT NULL,
  industry varchar(2) NOT NULL,
  skill varchar(300) NOT NULL,
  people int NOT NULL CHECK (people > 0 AND people % 5 = 0),
  PRIMARY KEY (month, region, industry, skill)
);
